package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.curriculum.content.application.SafeMarkdown;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveAnswer;
import org.pawprints.live.domain.LivePresence;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.Moderation;
import org.pawprints.live.domain.ResultsRule;
import org.pawprints.live.domain.Tally;

/**
 * A session's state for each of the three screens, read from the database on every call (after a
 * push, a reload or a restart alike), each checked for who asks: the participant's and presenter's
 * views carry results only as {@link Results} allows; the control view adds counts and names.
 */
@ApplicationScoped
@Transactional
public class LiveStates {

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject CoupleRepository couples;
  @Inject SharedRooms rooms;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** What my phone shows: the activity, my own answer, the results the room may see. */
  public RoomState participant(long sessionId) {
    LiveSession session = access.toJoin(sessionId);
    return room(session, access.me());
  }

  /** What the presenter screen shows (a facilitator's device): no one's own answer. */
  public RoomState presenter(long sessionId) {
    return room(access.toWatch(sessionId), null);
  }

  public ControlState control(long sessionId) {
    LiveSession session = access.toWatch(sessionId);
    RoomState room = room(session, null);
    List<LiveActivity> agenda = sessions.agenda(sessionId);
    List<ControlState.AgendaLine> lines = new ArrayList<>();
    for (int i = 0; i < agenda.size(); i++) {
      LiveActivity a = agenda.get(i);
      lines.add(
          new ControlState.AgendaLine(
              i,
              a.getKind().name(),
              a.getTitle(),
              a.getMinutes(),
              i == session.getCurrentPosition()));
    }
    LiveActivity current = current(session, agenda);
    List<LiveAnswer> answers = current == null ? List.of() : sessions.answers(current.getId());
    List<ControlState.OpenLine> open =
        current == null || current.getKind() != ActivityKind.OPEN_QUESTION
            ? List.of()
            : answers.stream()
                .map(
                    a ->
                        new ControlState.OpenLine(
                            a.getId(), a.getContent(), a.getModeration().name()))
                .toList();
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow();
    Instant now = clock.instant();
    Set<Long> members = new HashSet<>(cohorts.memberIds(cohort.getId()));
    Set<Long> here =
        sessions.presence(sessionId).stream()
            .filter(p -> p.isHere(now) && members.contains(p.getPersonId()))
            .map(LivePresence::getPersonId)
            .collect(Collectors.toSet());
    Map<Long, String> names = names(here);
    List<String> couplesHere = new ArrayList<>();
    for (Couple couple : couples.ofCohort(cohort.getId())) {
      if (here.contains(couple.getPersonA()) && here.contains(couple.getPersonB())) {
        couplesHere.add(names.get(couple.getPersonA()) + " & " + names.get(couple.getPersonB()));
      }
    }
    List<String> hereNames = names.values().stream().sorted().toList();
    return new ControlState(
        room,
        lines,
        current == null ? "" : SafeMarkdown.toHtml(current.getNotes()),
        answers.size(),
        hereNames,
        couplesHere.stream().sorted().toList(),
        open);
  }

  private RoomState room(LiveSession session, Long me) {
    // The shared part once per version (SharedRooms); only my own answer and the results, which
    // move with every answer, are read for this request.
    SharedRooms.Shared shared = rooms.of(session);
    ActivityView current = shared.onScreen();
    String mine = null;
    Results results = Results.NONE;
    if (current != null && current.takesAnswers()) {
      if (me != null) {
        mine = sessions.answer(current.id(), me).map(LiveAnswer::getContent).orElse(null);
      }
      if (session.isResultsRevealed()) {
        results = results(session, em.find(LiveActivity.class, current.id()));
      }
    }
    Instant timer = session.getTimerEndsAt();
    return new RoomState(
        session.getId(),
        session.getVersion(),
        session.getTitle(),
        session.getState(),
        session.getJoinCode(),
        current,
        shared.agendaSize(),
        session.isAnswersOpen(),
        timer == null ? null : timer.toEpochMilli(),
        clock.millis(),
        mine,
        results);
  }

  private Results results(LiveSession session, LiveActivity activity) {
    boolean revealed = session.isResultsRevealed();
    Set<Integer> correct = revealed ? activity.getCorrect() : Set.of();
    if (!revealed) {
      return Results.NONE;
    }
    List<LiveAnswer> answers = sessions.answers(activity.getId());
    int smallest =
        cohorts
            .find(session.getCohortId())
            .map(Cohort::getSmallestGroup)
            .orElse(ResultsRule.MIN_ANSWERS);
    if (!ResultsRule.shown(true, answers.size(), smallest)) {
      return new Results(true, false, null, List.of(), correct, smallest);
    }
    if (activity.getKind() == ActivityKind.OPEN_QUESTION) {
      List<String> approved =
          answers.stream()
              .filter(a -> a.getModeration() == Moderation.APPROVED)
              .map(LiveAnswer::getContent)
              .toList();
      return new Results(true, true, null, approved, correct, smallest);
    }
    Tally tally = Tally.of(activity, answers.stream().map(LiveAnswer::getContent).toList());
    return new Results(true, true, tally, List.of(), correct, smallest);
  }

  private static LiveActivity current(LiveSession session, List<LiveActivity> agenda) {
    int at = session.getCurrentPosition();
    return at >= 0 && at < agenda.size() ? agenda.get(at) : null;
  }

  private Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT p.id, p.displayName FROM Person p WHERE p.id IN :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    rows.forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }
}
