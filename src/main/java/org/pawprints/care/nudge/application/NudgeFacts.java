package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pawprints.care.nudge.domain.MemberFacts;
import org.pawprints.care.nudge.domain.NudgeRules;
import org.pawprints.care.nudge.domain.SelfPace;
import org.pawprints.closeness.domain.CheckIn;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.Membership;
import org.pawprints.cohort.domain.OpenedStep;
import org.pawprints.cohort.domain.Pacing;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleSummary;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.i18n.Language;

/**
 * Gathers {@link MemberFacts} for the members of one cohort, a few grouped queries per cohort. The
 * pace: in a facilitator-paced cohort, a module the facilitator opened N days ago or more is
 * expected finished; in a self-paced cohort with a start and an end date, the modules are spread
 * evenly over those dates and one is expected finished N days after its share of them ends ({@link
 * SelfPace}). A self-paced cohort without both dates has no pace, so nobody in it is behind one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NudgeFacts {

  @Inject ParticipantActivity activity;
  @Inject ModuleCatalog catalog;
  @PersistenceContext EntityManager em;

  public List<MemberFacts> of(
      Cohort cohort, Collection<Membership> members, NudgeRules rules, Instant now) {
    List<Long> people = members.stream().map(Membership::getPersonId).toList();
    if (people.isEmpty()) {
      return List.of();
    }
    Instant windowStart = now.minus(Duration.ofDays(rules.inactiveDays()));
    Map<Long, Instant> latest = activity.latest(people);
    Map<Long, String> behind = behindSteps(people, expectedSteps(cohort, rules, now, windowStart));
    Map<Long, Instant> sessions = endedSessions(cohort.getId(), windowStart, now);
    Set<String> present = presence(sessions.keySet());
    Map<Long, List<CheckIn>> checkIns = lastTwoCheckIns(people);
    List<MemberFacts> facts = new ArrayList<>();
    for (Membership member : members) {
      long person = member.getPersonId();
      boolean missed =
          sessions.entrySet().stream()
              .anyMatch(
                  s ->
                      s.getValue().isAfter(member.getJoinedAt())
                          && !present.contains(s.getKey() + ":" + person));
      List<CheckIn> two = checkIns.getOrDefault(person, List.of());
      facts.add(
          new MemberFacts(
              person,
              member.getJoinedAt(),
              latest.get(person),
              behind.get(person),
              missed,
              two.isEmpty() ? null : two.get(0).getRating(),
              two.isEmpty() ? null : two.get(0).getUpdatedAt(),
              two.size() < 2 ? null : two.get(1).getRating()));
    }
    return facts;
  }

  /** The modules everyone in the cohort is expected to have finished by now, in order. */
  private List<String> expectedSteps(
      Cohort cohort, NudgeRules rules, Instant now, Instant openedBefore) {
    if (cohort.getPacing() == Pacing.FACILITATOR_PACED) {
      return cohort.getOpenedSteps().stream()
          .filter(s -> !s.getOpenedAt().isAfter(openedBefore))
          .sorted(Comparator.comparing(OpenedStep::getOpenedAt))
          .map(OpenedStep::getStepSlug)
          .toList();
    }
    if (cohort.getStartsOn() == null || cohort.getEndsOn() == null) {
      return List.of();
    }
    List<String> modules =
        catalog.modules(Language.EN).stream().map(ModuleSummary::getSlug).toList();
    return SelfPace.expectedBy(
        LocalDate.ofInstant(now, ZoneId.of(cohort.getTimeZone())),
        cohort.getStartsOn(),
        cohort.getEndsOn(),
        modules,
        rules.inactiveDays());
  }

  /** Each person's first expected module that they have not finished. */
  private Map<Long, String> behindSteps(List<Long> people, List<String> expected) {
    Map<Long, String> behind = new HashMap<>();
    if (expected.isEmpty()) {
      return behind;
    }
    Set<String> finished = new HashSet<>();
    em.createQuery(
            "SELECT p.personId, p.stepSlug FROM ModuleProgress p WHERE p.personId IN :people"
                + " AND p.completedAt IS NOT NULL",
            Object[].class)
        .setParameter("people", people)
        .getResultList()
        .forEach(row -> finished.add(row[0] + ":" + row[1]));
    for (long person : people) {
      expected.stream()
          .filter(slug -> !finished.contains(person + ":" + slug))
          .findFirst()
          .ifPresent(slug -> behind.put(person, slug));
    }
    return behind;
  }

  /** The cohort's live sessions that ended and had started in the window, by id. */
  private Map<Long, Instant> endedSessions(long cohortId, Instant since, Instant now) {
    Map<Long, Instant> sessions = new HashMap<>();
    em.createQuery(
            "SELECT s.id, s.startsAt FROM LiveSession s WHERE s.cohortId = :cohort"
                + " AND s.state = :ended AND s.startsAt > :since AND s.startsAt <= :now",
            Object[].class)
        .setParameter("cohort", cohortId)
        .setParameter("ended", SessionState.ENDED)
        .setParameter("since", since)
        .setParameter("now", now)
        .getResultList()
        .forEach(
            row ->
                sessions.put(((Number) row[0]).longValue(), ParticipantActivity.instant(row[1])));
    return sessions;
  }

  /** "session:person" for everyone who was in the room of these sessions. */
  private Set<String> presence(Set<Long> sessions) {
    Set<String> present = new HashSet<>();
    if (sessions.isEmpty()) {
      return present;
    }
    em.createQuery(
            "SELECT p.sessionId, p.personId FROM LivePresence p WHERE p.sessionId IN :sessions",
            Object[].class)
        .setParameter("sessions", sessions)
        .getResultList()
        .forEach(row -> present.add(row[0] + ":" + row[1]));
    return present;
  }

  /** Each person's two latest weekly check-ins, newest first (ratings are all the sweep reads). */
  private Map<Long, List<CheckIn>> lastTwoCheckIns(List<Long> people) {
    Map<Long, List<CheckIn>> byPerson = new HashMap<>();
    em.createQuery(
            "SELECT c FROM CheckIn c WHERE c.personId IN :people"
                + " ORDER BY c.personId, c.weekStart DESC",
            CheckIn.class)
        .setParameter("people", people)
        .getResultList()
        .forEach(
            c -> {
              List<CheckIn> two = byPerson.computeIfAbsent(c.getPersonId(), p -> new ArrayList<>());
              if (two.size() < 2) {
                two.add(c);
              }
            });
    return byPerson;
  }
}
