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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.LivePresence;
import org.pawprints.live.domain.LiveQuestion;
import org.pawprints.live.domain.LiveQuestionVote;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.QuestionState;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.refusal.Refusal;

/**
 * The room's questions to the facilitator: a participant asks (named or anonymous, short, a few at
 * a time), upvotes the ones the room sees (once each); a facilitator approves, puts one on screen
 * as being answered, marks it done, or hides it. Pushes say only "changed, version N": a new
 * question or an upvote tells the facilitators' screens (the control and presenter pages), a
 * facilitator's decision moves the session's version so that every phone refetches.
 */
@ApplicationScoped
@Transactional
public class LiveQuestions {

  /** How many questions one person may send within {@link #RATE_WINDOW}. */
  public static final int MAX_PER_WINDOW = 3;

  public static final Duration RATE_WINDOW = Duration.ofMinutes(5);

  /** How many questions the presenter lists, from the back of a room. */
  public static final int ON_PRESENTER = 8;

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject LiveRoom room;
  @Inject Event<LiveChanged> changed;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public void ask(long sessionId, String raw, boolean anonymous) {
    LiveSession session = access.toJoin(sessionId);
    long me = access.me();
    requireMember(session, me);
    requireOpen(session);
    String text = raw == null ? "" : raw.strip().replaceAll("\\p{Cntrl}", " ");
    if (text.isEmpty()) {
      throw new Refusal("live.question.required");
    }
    if (text.length() > LiveQuestion.MAX_TEXT) {
      throw new Refusal("live.question.tooLong", LiveQuestion.MAX_TEXT);
    }
    // Two sends at once take turns on my presence row, so the limit cannot be raced past.
    Instant now = clock.instant();
    room.here(sessionId);
    LivePresence presence = sessions.presence(sessionId, me).orElseThrow(LiveAccess::notYours);
    em.lock(presence, LockModeType.PESSIMISTIC_WRITE);
    long recent =
        em.createNamedQuery("LiveQuestion.mineSince", Long.class)
            .setParameter("session", sessionId)
            .setParameter("person", me)
            .setParameter("since", now.minus(RATE_WINDOW))
            .getSingleResult();
    if (recent >= MAX_PER_WINDOW) {
      throw new Refusal("live.question.tooMany", MAX_PER_WINDOW, RATE_WINDOW.toMinutes());
    }
    sessions.add(new LiveQuestion(sessionId, me, anonymous, text, now));
    changed.fire(new LiveChanged(sessionId, session.getVersion(), true));
  }

  /**
   * My upvote of a question the room sees; a second upvote of the same question changes nothing.
   */
  public void upvote(long sessionId, long questionId) {
    LiveSession session = access.toJoin(sessionId);
    long me = access.me();
    requireMember(session, me);
    requireOpen(session);
    LiveQuestion question = question(sessionId, questionId);
    if (!question.getState().inTheRoom()) {
      throw new Refusal("live.question.gone");
    }
    if (question.getPersonId() == me) {
      throw new Refusal("live.question.ownVote");
    }
    em.lock(question, LockModeType.PESSIMISTIC_WRITE);
    if (myVotes(sessionId, me).contains(questionId)) {
      return;
    }
    sessions.add(new LiveQuestionVote(questionId, me));
    changed.fire(new LiveChanged(sessionId, session.getVersion(), true));
  }

  /** A facilitator's decision: approve, put on screen as being answered, done, or hide. */
  public void moderate(long sessionId, long questionId, QuestionState decision) {
    if (decision == null || decision == QuestionState.PENDING) {
      throw new Refusal("live.question.gone");
    }
    LiveSession session = access.toControl(sessionId);
    LiveQuestion question = question(sessionId, questionId);
    if (decision == QuestionState.ANSWERING) {
      // One question at a time is the one being answered; the one before it is done.
      of(sessionId).stream()
          .filter(q -> q.getState() == QuestionState.ANSWERING && q != question)
          .forEach(q -> q.moveTo(QuestionState.DONE));
    }
    question.moveTo(decision);
    session.changed();
    changed.fire(new LiveChanged(sessionId, session.getVersion(), false));
  }

  /** My phone: the questions the room sees, most upvoted first, and my own still waiting. */
  public List<QuestionLine> forParticipant(long sessionId) {
    access.toJoin(sessionId);
    long me = access.me();
    return lines(sessionId, me, q -> q.getState().inTheRoom() || q.getPersonId() == me);
  }

  /**
   * The presenter: the one being answered, then the approved ones by upvotes; the first {@link
   * #ON_PRESENTER} (the room's phones show them all).
   */
  public List<QuestionLine> forPresenter(long sessionId) {
    access.toWatch(sessionId);
    List<QuestionLine> shown = lines(sessionId, null, q -> q.getState().inTheRoom());
    return shown.subList(0, Math.min(shown.size(), ON_PRESENTER));
  }

  /** The control screen: every question, waiting ones first. */
  public List<QuestionLine> forControl(long sessionId) {
    access.toWatch(sessionId);
    return lines(sessionId, null, q -> true);
  }

  private List<QuestionLine> lines(long sessionId, Long me, Predicate<LiveQuestion> shown) {
    List<LiveQuestion> questions = of(sessionId).stream().filter(shown).toList();
    if (questions.isEmpty()) {
      return List.of();
    }
    Map<Long, Long> votes = new HashMap<>();
    em.createNamedQuery("LiveQuestionVote.counts", Object[].class)
        .setParameter("session", sessionId)
        .getResultList()
        .forEach(r -> votes.put((Long) r[0], (Long) r[1]));
    Set<Long> mine = me == null ? Set.of() : myVotes(sessionId, me);
    Set<Long> named = new HashSet<>();
    questions.stream().filter(q -> !q.isAnonymous()).forEach(q -> named.add(q.getPersonId()));
    Map<Long, String> names = names(named);
    Comparator<QuestionLine> order =
        Comparator.comparing((QuestionLine l) -> rank(l.state()))
            .thenComparing(QuestionLine::votes, Comparator.reverseOrder());
    return questions.stream()
        .map(
            q ->
                new QuestionLine(
                    q.getId(),
                    q.getContent(),
                    q.isAnonymous() ? null : names.get(q.getPersonId()),
                    votes.getOrDefault(q.getId(), 0L),
                    me != null && q.getPersonId() == me.longValue(),
                    mine.contains(q.getId()),
                    q.getState().name()))
        .sorted(order)
        .toList();
  }

  private static int rank(String state) {
    return switch (QuestionState.valueOf(state)) {
      case PENDING -> 0;
      case ANSWERING -> 1;
      case APPROVED -> 2;
      case DONE -> 3;
      case HIDDEN -> 4;
    };
  }

  private List<LiveQuestion> of(long sessionId) {
    return em.createNamedQuery("LiveQuestion.ofSession", LiveQuestion.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  private LiveQuestion question(long sessionId, long questionId) {
    LiveQuestion question = em.find(LiveQuestion.class, questionId);
    if (question == null || question.getSessionId() != sessionId) {
      throw new Refusal("live.question.gone");
    }
    return question;
  }

  private Set<Long> myVotes(long sessionId, long me) {
    return new HashSet<>(
        em.createNamedQuery("LiveQuestionVote.mine", Long.class)
            .setParameter("session", sessionId)
            .setParameter("person", me)
            .getResultList());
  }

  private void requireMember(LiveSession session, long me) {
    boolean member = cohorts.isMember(session.getCohortId(), me);
    if (!member) {
      throw new Refusal("live.question.participantsOnly");
    }
  }

  private static void requireOpen(LiveSession session) {
    if (session.getState() != SessionState.LOBBY && session.getState() != SessionState.RUNNING) {
      throw new Refusal("live.question.closed");
    }
  }

  private Map<Long, String> names(Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT p.id, p.displayName FROM Person p WHERE p.id IN :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }
}
