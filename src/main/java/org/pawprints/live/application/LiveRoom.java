package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.AnswerFormat;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveAnswer;
import org.pawprints.live.domain.LivePresence;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.refusal.Refusal;

/**
 * What one of the room does: find a session by its code, come in (and come back: presence is one
 * row per person), and answer the activity on screen, changeable until the facilitator locks it. An
 * answer is one row per person per activity; two taps at once are serialized on the person's
 * presence row, so the second changes the first instead of failing or doubling.
 */
@ApplicationScoped
@Transactional
public class LiveRoom {

  /** How often a screen's "still here" is written down; more often changes nothing visible. */
  private static final Duration SEEN_EVERY = Duration.ofSeconds(20);

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject Event<LiveChanged> changed;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * The session a join code names, if the viewer may join it; the code's case and dashes do not
   * matter.
   */
  public long sessionForCode(String code) {
    String normalized = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (normalized.isEmpty()) {
      throw new Refusal("live.join.codeRequired");
    }
    LiveSession session =
        sessions.byCode(normalized).orElseThrow(() -> new Refusal("live.join.unknownCode"));
    long me = access.me();
    if (!access.mayJoin(session, me)) {
      throw new Refusal("live.join.unknownCode");
    }
    if (session.getState() == SessionState.ENDED) {
      throw new Refusal("live.ended");
    }
    return session.getId();
  }

  /** I am here (joining, rejoining, or my screen's heartbeat). */
  public void here(long sessionId) {
    LiveSession session = access.toJoin(sessionId);
    long me = access.me();
    Instant now = clock.instant();
    var mine = sessions.presence(sessionId, me);
    if (mine.isPresent()) {
      if (mine.get().getLastSeen().plus(SEEN_EVERY).isBefore(now)) {
        mine.get().seen(now);
      }
      return;
    }
    // The first arrival: two tabs of one person arriving at once take turns on the session row.
    em.lock(session, LockModeType.PESSIMISTIC_WRITE);
    if (sessions.presence(sessionId, me).isEmpty()) {
      sessions.add(new LivePresence(sessionId, me, now));
      changed.fire(new LiveChanged(sessionId, session.getVersion(), true));
    }
  }

  /**
   * My answer to the activity on screen ({@code activityId} is what my screen showed: if the room
   * has moved on, the answer is refused instead of landing on another activity).
   */
  public void answer(long sessionId, long activityId, String raw) {
    LiveSession session = access.toJoin(sessionId);
    long me = access.me();
    boolean member = cohorts.isMember(session.getCohortId(), me);
    if (!member) {
      throw new Refusal("live.answer.participantsOnly");
    }
    LiveActivity activity = onScreen(session, activityId);
    if (!session.isAnswersOpen() || !activity.takesAnswers()) {
      throw new Refusal("live.answer.locked");
    }
    String content = AnswerFormat.normalized(activity, raw);
    here(sessionId);
    LivePresence presence = sessions.presence(sessionId, me).orElseThrow(LiveAccess::notYours);
    em.lock(presence, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    sessions
        .answer(activity.getId(), me)
        .ifPresentOrElse(
            a -> a.change(content, now),
            () -> sessions.add(new LiveAnswer(activity.getId(), me, content, now)));
    changed.fire(new LiveChanged(sessionId, session.getVersion(), true));
  }

  private LiveActivity onScreen(LiveSession session, long activityId) {
    if (session.getState() != SessionState.RUNNING) {
      throw new Refusal("live.answer.locked");
    }
    List<LiveActivity> agenda = sessions.agenda(session.getId());
    int at = session.getCurrentPosition();
    if (at < 0 || at >= agenda.size() || agenda.get(at).getId() != activityId) {
      throw new Refusal("live.answer.movedOn");
    }
    return agenda.get(at);
  }
}
