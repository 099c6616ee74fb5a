package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pawprints.care.nudge.domain.FallingBehind;
import org.pawprints.care.nudge.domain.MemberFacts;
import org.pawprints.care.nudge.domain.Nudge;
import org.pawprints.care.nudge.domain.NudgeReason;
import org.pawprints.care.nudge.domain.NudgeRules;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.Membership;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;

/**
 * One cohort's daily look, in a transaction of its own (the cohort row locked, so two servers or a
 * "check now" during the timer do the work once): close the nudges whose person did something
 * since, follow up those left unchanged for M days, then nudge whoever newly falls behind. A person
 * gets at most one note a day, and at most one nudge per reason every N days.
 */
@ApplicationScoped
public class CohortSweep {

  @Inject NudgeSettings settings;
  @Inject NudgeFacts facts;
  @Inject NudgeNotes notes;
  @Inject NudgeFollowUps followUps;
  @Inject IndividualTrack individualTrack;
  @Inject CoupleOf couples;
  @PersistenceContext EntityManager em;

  /** What one run did, for logs and tests. */
  public record Outcome(int nudged, int followedUp, int closed) {
    static final Outcome NOTHING = new Outcome(0, 0, 0);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome run(long cohortId, Instant now) {
    Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
    if (cohort == null || !running(cohort, now)) {
      return Outcome.NOTHING;
    }
    NudgeRules rules = settings.rulesFor(cohortId);
    Map<Long, Person> people = nudgeable(cohort);
    List<Membership> members =
        cohort.getMembers().stream().filter(m -> people.containsKey(m.getPersonId())).toList();
    Map<Long, MemberFacts> known =
        facts.of(cohort, members, rules, now).stream()
            .collect(Collectors.toMap(MemberFacts::personId, Function.identity()));

    int closed = 0;
    List<Nudge> due = new ArrayList<>();
    List<Nudge> open =
        em.createNamedQuery("Nudge.openInCohort", Nudge.class)
            .setParameter("cohort", cohortId)
            .getResultList();
    Set<NudgeReason> on = rules.reasonsOn();
    for (Nudge nudge : open) {
      MemberFacts about = known.get(nudge.getPersonId());
      if (about == null
          || !on.contains(nudge.getReason())
          || nudge.changedSince(about.watched(nudge.getReason()))) {
        nudge.close(now);
        closed++;
      } else if (nudge.dueForFollowUp(Duration.ofDays(rules.followUpDays()), now)) {
        due.add(nudge);
      }
    }
    int followedUp = followUp(cohortId, due, now);
    em.flush();

    Map<String, Instant> lastSent = lastSent(cohortId);
    Set<String> stillOpen =
        open.stream()
            .filter(Nudge::isOpen)
            .map(n -> n.getPersonId() + ":" + n.getReason())
            .collect(Collectors.toSet());
    Duration period = Duration.ofDays(rules.inactiveDays());
    int nudged = 0;
    for (MemberFacts member : known.values()) {
      boolean notedToday = false;
      for (NudgeReason reason : FallingBehind.reasons(member, rules, now)) {
        String key = member.personId() + ":" + reason;
        Instant last = lastSent.get(key);
        if (stillOpen.contains(key) || (last != null && last.plus(period).isAfter(now))) {
          continue;
        }
        em.persist(new Nudge(cohortId, member.personId(), reason, member.watched(reason), now));
        if (!notedToday) {
          String step = reason == NudgeReason.BEHIND_PACE ? member.behindStep() : null;
          notes.send(people.get(member.personId()), reason, step);
          notedToday = true;
          nudged++;
        }
      }
    }
    return new Outcome(nudged, followedUp, closed);
  }

  /**
   * Puts the unchanged nudges on the follow-up list: when both partners of a couple are due for the
   * same reason (the couple drifted together), one item for the couple; else one for the person. A
   * check-in drop is one person's own rating, so it is always about the person alone.
   */
  private int followUp(long cohortId, List<Nudge> due, Instant now) {
    Map<String, List<Nudge>> byCouple = new HashMap<>();
    List<Nudge> alone = new ArrayList<>();
    for (Nudge nudge : due) {
      Long couple =
          nudge.getReason() == NudgeReason.CHECK_IN_DROP
              ? null
              : couples.coupleOf(cohortId, nudge.getPersonId()).orElse(null);
      if (couple == null) {
        alone.add(nudge);
      } else {
        byCouple
            .computeIfAbsent(couple + ":" + nudge.getReason(), k -> new ArrayList<>())
            .add(nudge);
      }
    }
    int items = 0;
    for (Map.Entry<String, List<Nudge>> pair : byCouple.entrySet()) {
      List<Nudge> both = pair.getValue();
      if (both.size() == 2) {
        long couple = Long.parseLong(pair.getKey().split(":")[0]);
        followUps.aboutCouple(cohortId, couple, both.get(0).getReason());
        both.forEach(n -> n.followedUp(now));
        items++;
      } else {
        alone.addAll(both);
      }
    }
    for (Nudge nudge : alone) {
      followUps.aboutPerson(cohortId, nudge.getPersonId(), nudge.getReason());
      nudge.followedUp(now);
      items++;
    }
    return items;
  }

  /** "person:REASON" to the last time that nudge was sent in this cohort, open or closed. */
  private Map<String, Instant> lastSent(long cohortId) {
    Map<String, Instant> last = new HashMap<>();
    em.createNamedQuery("Nudge.lastSentInCohort", Object[].class)
        .setParameter("cohort", cohortId)
        .getResultList()
        .forEach(row -> last.put(row[0] + ":" + row[1], ParticipantActivity.instant(row[2])));
    return last;
  }

  /**
   * Active participants who are not on the individual track (nudges stop there: the person chose a
   * quiet, solo path, and a nudge must never hint at the couple), by id.
   */
  private Map<Long, Person> nudgeable(Cohort cohort) {
    List<Long> ids = cohort.getMembers().stream().map(Membership::getPersonId).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(p -> p.isActive() && !p.isErased() && p.hasRole(Role.PARTICIPANT))
        .filter(p -> !individualTrack.isOn(p.getId()))
        .collect(Collectors.toMap(Person::getId, Function.identity()));
  }

  /** Open, and between its dates (in its own time zone) when it has them. */
  static boolean running(Cohort cohort, Instant now) {
    if (cohort.isArchived()) {
      return false;
    }
    LocalDate today = now.atZone(zone(cohort)).toLocalDate();
    return (cohort.getStartsOn() == null || !today.isBefore(cohort.getStartsOn()))
        && (cohort.getEndsOn() == null || !today.isAfter(cohort.getEndsOn()));
  }

  private static ZoneId zone(Cohort cohort) {
    try {
      return ZoneId.of(cohort.getTimeZone());
    } catch (RuntimeException unknown) {
      return ZoneId.of("America/Toronto");
    }
  }
}
