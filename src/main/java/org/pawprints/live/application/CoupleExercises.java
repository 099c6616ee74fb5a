package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.CoupleRoomRepository;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveExerciseAnswer;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.platform.refusal.Refusal;

/**
 * A couple exercise in the room: each partner writes privately on their phone; once both are done,
 * each sees the other's answer (the reveal happens inside the couple, as in the couples feature); a
 * participant on their own answers alone. The facilitator gets counts only ({@link
 * ExerciseCounts}), never a word.
 */
@ApplicationScoped
@Transactional
public class CoupleExercises {

  /** Where a partner (or a couple) is with the exercise. */
  public enum Progress {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
  }

  /** My side of the exercise, and my partner's answer once we are both done. */
  public record ExerciseView(
      long activityId,
      String myText,
      boolean myDone,
      boolean solo,
      Progress partner,
      String partnerText) {

    public String partnerName() {
      return partner.name();
    }

    public boolean revealed() {
      return partnerText != null;
    }
  }

  /** How many couples (and people on their own) have not started, are writing, are done. */
  public record ExerciseCounts(int notStarted, int inProgress, int done) {}

  @Inject RoomCouples couples;
  @Inject CoupleRoomRepository rows;
  @Inject LiveRepository sessions;
  @Inject CoupleUnits units;
  @Inject IndividualTrack track;

  Clock clock = Clock.systemUTC();

  /** My answer so far ({@code done}: I am ready for the reveal); changeable until we moved on. */
  public void write(long sessionId, long activityId, String text, boolean done) {
    LiveSession session = couples.asParticipant(sessionId);
    LiveActivity activity = couples.onScreen(session, activityId, ActivityKind.COUPLE_EXERCISE);
    String content = text == null || text.isBlank() ? null : text.strip();
    if (content != null && content.length() > LiveExerciseAnswer.MAX_TEXT) {
      throw new Refusal("live.exercise.tooLong", LiveExerciseAnswer.MAX_TEXT);
    }
    if (done && content == null) {
      throw new Refusal("live.exercise.empty");
    }
    RoomUnit unit = couples.myUnit(session);
    LiveExerciseAnswer mine =
        rows.exerciseAnswer(activity.getId(), unit.me())
            .orElseGet(
                () -> {
                  sessions.findLocked(sessionId);
                  return rows.exerciseAnswer(activity.getId(), unit.me())
                      .orElseGet(
                          () ->
                              rows.add(
                                  new LiveExerciseAnswer(
                                      activity.getId(), unit.me(), clock.instant())));
                });
    mine.write(content, done, clock.instant());
    couples.tell(session, unit);
  }

  /** My view of the exercise on screen, or empty when the activity on screen is not one. */
  public Optional<ExerciseView> mine(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    return mine(couples.myUnit(session), couples.current(session));
  }

  Optional<ExerciseView> mine(RoomUnit unit, LiveActivity activity) {
    if (activity == null || activity.getKind() != ActivityKind.COUPLE_EXERCISE) {
      return Optional.empty();
    }
    Optional<LiveExerciseAnswer> mine = rows.exerciseAnswer(activity.getId(), unit.me());
    // A partner on the individual track writes alone: to me they simply have not started.
    Optional<LiveExerciseAnswer> theirs =
        unit.solo() || track.isOn(unit.partner())
            ? Optional.empty()
            : rows.exerciseAnswer(activity.getId(), unit.partner());
    boolean myDone = mine.map(LiveExerciseAnswer::isDone).orElse(false);
    boolean bothDone = myDone && theirs.map(LiveExerciseAnswer::isDone).orElse(false);
    return Optional.of(
        new ExerciseView(
            activity.getId(),
            mine.map(LiveExerciseAnswer::getContent).orElse(null),
            myDone,
            unit.solo(),
            progress(theirs),
            bothDone ? theirs.get().getContent() : null));
  }

  /** For the control screen: counts of units, from the database. */
  ExerciseCounts counts(LiveSession session, LiveActivity activity) {
    Map<Long, LiveExerciseAnswer> byPerson =
        rows.exerciseAnswers(activity.getId()).stream()
            .collect(Collectors.toMap(LiveExerciseAnswer::getPersonId, Function.identity()));
    int notStarted = 0;
    int inProgress = 0;
    int done = 0;
    for (Set<Long> unit : units.inTheRoom(session, byPerson.keySet())) {
      List<Progress> each =
          unit.stream().map(p -> progress(Optional.ofNullable(byPerson.get(p)))).toList();
      if (each.stream().allMatch(p -> p == Progress.DONE)) {
        done++;
      } else if (each.stream().allMatch(p -> p == Progress.NOT_STARTED)) {
        notStarted++;
      } else {
        inProgress++;
      }
    }
    return new ExerciseCounts(notStarted, inProgress, done);
  }

  private static Progress progress(Optional<LiveExerciseAnswer> answer) {
    if (answer.isEmpty()) {
      return Progress.NOT_STARTED;
    }
    return answer.get().isDone() ? Progress.DONE : Progress.IN_PROGRESS;
  }
}
