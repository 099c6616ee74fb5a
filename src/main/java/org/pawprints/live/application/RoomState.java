package org.pawprints.live.application;

import java.util.Set;
import org.pawprints.live.domain.AnswerFormat;
import org.pawprints.live.domain.SessionState;

/**
 * A session as one screen of the room shows it now: its version (the page compares it with the
 * pushes it receives), the activity, whether answers are open, the timer's end (sent once; the
 * phone counts down against {@code serverNow}), the viewer's own answer and the results they may
 * see.
 */
public record RoomState(
    long sessionId,
    long version,
    String title,
    SessionState state,
    String joinCode,
    ActivityView activity,
    int agendaSize,
    boolean answersOpen,
    Long timerEndsAt,
    long serverNow,
    String myAnswer,
    Results results) {

  public String stateName() {
    return state.name();
  }

  public boolean hasActivity() {
    return activity != null;
  }

  public boolean answered() {
    return myAnswer != null;
  }

  /** Whether my answer chose this option (or this number). */
  public boolean chose(int option) {
    if (myAnswer == null || activity == null || activity.kind().name().equals("OPEN_QUESTION")) {
      return false;
    }
    Set<Integer> mine = AnswerFormat.indexes(myAnswer);
    return mine.contains(option);
  }

  public boolean hasTimer() {
    return timerEndsAt != null;
  }
}
