package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveAnswer;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.Moderation;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.refusal.Refusal;

/**
 * What a facilitator does to a running session: lobby, start, next/back/jump, answers open or
 * locked, results revealed, the timer, the end, and approving or hiding open answers. Every call
 * locks the session row (two facilitator devices take turns), checks who asks, bumps the version
 * and tells the screens.
 */
@ApplicationScoped
@Transactional
public class LiveControl {

  public static final int MAX_TIMER_MINUTES = 120;

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject Event<LiveChanged> changed;

  Clock clock = Clock.systemUTC();

  public void openLobby(long sessionId) {
    change(sessionId, s -> s.moveTo(SessionState.LOBBY));
  }

  /** Starts the session on its first activity. */
  public void start(long sessionId) {
    change(
        sessionId,
        s -> {
          s.moveTo(SessionState.RUNNING);
          List<LiveActivity> agenda = sessions.agenda(s.getId());
          if (!agenda.isEmpty()) {
            show(s, agenda, 0);
          }
        });
  }

  public void next(long sessionId) {
    change(sessionId, s -> jumpTo(s, s.getCurrentPosition() + 1));
  }

  public void back(long sessionId) {
    change(sessionId, s -> jumpTo(s, s.getCurrentPosition() - 1));
  }

  /** Shows the agenda item at this position (zero-based). */
  public void jump(long sessionId, int position) {
    change(sessionId, s -> jumpTo(s, position));
  }

  public void openAnswers(long sessionId) {
    change(sessionId, s -> s.openAnswers(true));
  }

  public void lockAnswers(long sessionId) {
    change(sessionId, s -> s.openAnswers(false));
  }

  public void reveal(long sessionId) {
    change(sessionId, s -> s.reveal(true));
  }

  public void hideResults(long sessionId) {
    change(sessionId, s -> s.reveal(false));
  }

  public void startTimer(long sessionId, int minutes) {
    Duration length = minutes(minutes);
    change(sessionId, s -> s.startTimer(length, clock.instant()));
  }

  public void extendTimer(long sessionId, int minutes) {
    Duration more = minutes(minutes);
    change(sessionId, s -> s.extendTimer(more, clock.instant()));
  }

  public void endTimer(long sessionId) {
    change(sessionId, LiveSession::endTimer);
  }

  public void end(long sessionId) {
    change(sessionId, s -> s.moveTo(SessionState.ENDED));
  }

  /** An open answer reaches the presenter. */
  public void approve(long sessionId, long answerId) {
    moderate(sessionId, answerId, Moderation.APPROVED);
  }

  /** An open answer stays off the presenter (and comes off it, if it was shown). */
  public void hide(long sessionId, long answerId) {
    moderate(sessionId, answerId, Moderation.HIDDEN);
  }

  private void moderate(long sessionId, long answerId, Moderation decision) {
    change(
        sessionId,
        s -> {
          LiveActivity current = current(s);
          LiveAnswer answer =
              sessions.answers(current.getId()).stream()
                  .filter(a -> a.getId() == answerId)
                  .findFirst()
                  .orElseThrow(() -> new Refusal("live.answer.gone"));
          answer.moderate(decision);
          s.changed(); // the presenter's list changed: every screen refetches
        });
  }

  private void change(long sessionId, Consumer<LiveSession> action) {
    LiveSession session = access.toControl(sessionId);
    action.accept(session);
    changed.fire(new LiveChanged(session.getId(), session.getVersion(), false));
  }

  private void jumpTo(LiveSession session, int position) {
    List<LiveActivity> agenda = sessions.agenda(session.getId());
    if (position < 0 || position >= agenda.size()) {
      throw new Refusal("live.noSuchActivity");
    }
    show(session, agenda, position);
  }

  private void show(LiveSession session, List<LiveActivity> agenda, int position) {
    LiveActivity activity = agenda.get(position);
    session.show(position, activity.takesAnswers(), activity.timerWhenShown(), now());
  }

  private LiveActivity current(LiveSession session) {
    List<LiveActivity> agenda = sessions.agenda(session.getId());
    int at = session.getCurrentPosition();
    if (at < 0 || at >= agenda.size()) {
      throw new Refusal("live.noSuchActivity");
    }
    return agenda.get(at);
  }

  private Instant now() {
    return clock.instant();
  }

  private static Duration minutes(int minutes) {
    if (minutes < 1 || minutes > MAX_TIMER_MINUTES) {
      throw new Refusal("live.timer.minutes", MAX_TIMER_MINUTES);
    }
    return Duration.ofMinutes(minutes);
  }
}
