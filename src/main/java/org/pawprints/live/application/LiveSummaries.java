package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A session's summary for its facilitators (and administrators): attendance, each activity's
 * results under the same {@link ResultsRule} the room's screens follow (whether or not they were
 * revealed during the session: the summary is the facilitator's, read afterwards), approved open
 * answers only, and the private notes. Never who answered what.
 */
@ApplicationScoped
@Transactional
public class LiveSummaries {

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject CoupleRepository couples;
  @PersistenceContext EntityManager em;

  public SessionSummary summary(long sessionId) {
    LiveSession session = access.toWatch(sessionId);
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow(LiveAccess::notYours);
    Set<Long> came =
        sessions.presence(sessionId).stream()
            .map(LivePresence::getPersonId)
            .filter(cohort::isMember)
            .collect(Collectors.toSet());
    Map<Long, String> names = names(came);
    List<String> couplesCame = new ArrayList<>();
    for (Couple couple : couples.ofCohort(cohort.getId())) {
      if (came.contains(couple.getPersonA()) && came.contains(couple.getPersonB())) {
        couplesCame.add(names.get(couple.getPersonA()) + " & " + names.get(couple.getPersonB()));
      }
    }
    List<SessionSummary.Item> items = new ArrayList<>();
    List<LiveActivity> agenda = sessions.agenda(sessionId);
    // The cohort's own smallest group, the same number the room used during the session.
    int smallest = cohort.getSmallestGroup();
    for (int i = 0; i < agenda.size(); i++) {
      items.add(item(i, agenda.get(i), smallest));
    }
    return new SessionSummary(
        session.getId(),
        session.getTitle(),
        cohort.getName(),
        session.getStartsAt().atZone(ZoneId.of(cohort.getTimeZone())).toLocalDateTime(),
        session.getState().name(),
        names.values().stream().sorted().toList(),
        couplesCame.stream().sorted().toList(),
        smallest,
        List.copyOf(items));
  }

  private SessionSummary.Item item(int position, LiveActivity activity, int smallest) {
    String notes = activity.getNotes() == null ? "" : activity.getNotes();
    if (!activity.takesAnswers()) {
      return new SessionSummary.Item(
          position,
          activity.getKind().name(),
          activity.getTitle(),
          false,
          0,
          false,
          null,
          List.of(),
          notes,
          SafeMarkdown.toHtml(notes));
    }
    List<LiveAnswer> answers = sessions.answers(activity.getId());
    boolean shown = ResultsRule.shown(true, answers.size(), smallest);
    Tally tally = null;
    List<String> approved = List.of();
    if (shown && activity.getKind() == ActivityKind.OPEN_QUESTION) {
      approved =
          answers.stream()
              .filter(a -> a.getModeration() == Moderation.APPROVED)
              .map(LiveAnswer::getContent)
              .toList();
    } else if (shown && activity.getKind() != ActivityKind.COUPLE_EXERCISE) {
      tally = Tally.of(activity, answers.stream().map(LiveAnswer::getContent).toList());
    }
    return new SessionSummary.Item(
        position,
        activity.getKind().name(),
        activity.getTitle(),
        true,
        answers.size(),
        shown,
        tally,
        approved,
        notes,
        SafeMarkdown.toHtml(notes));
  }

  private Map<Long, String> names(Set<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    em.createQuery("SELECT p.id, p.displayName FROM Person p WHERE p.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> names.put((Long) r[0], (String) r[1]));
    return names;
  }
}
