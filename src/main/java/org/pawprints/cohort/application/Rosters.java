package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.Membership;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.refusal.Refusal;

/** A cohort's roster, for an administrator or one of the cohort's facilitators. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Rosters {

  @Inject CohortRepository cohorts;
  @Inject RosterCouples rosterCouples;
  @Inject AccessPolicy access;
  @PersistenceContext EntityManager em;

  public Roster of(long cohortId) {
    access.requireFacilitatorOf(cohortId);
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    Set<Long> memberIds =
        cohort.getMembers().stream().map(Membership::getPersonId).collect(Collectors.toSet());
    Map<Long, Roster.PersonRow> people =
        people(memberIds).stream()
            .map(
                p ->
                    new Roster.PersonRow(
                        p.getId(), p.getDisplayName(), p.getEmail(), p.getLastLoginAt()))
            .collect(Collectors.toMap(Roster.PersonRow::id, Function.identity()));
    List<Roster.CoupleRow> couples = new ArrayList<>();
    Set<Long> paired = new HashSet<>();
    for (RosterCouples.Pair couple : rosterCouples.of(cohortId)) {
      Roster.PersonRow a = people.get(couple.personA());
      Roster.PersonRow b = people.get(couple.personB());
      if (a != null && b != null) {
        couples.add(new Roster.CoupleRow(couple.coupleId(), a, b));
        paired.add(a.id());
        paired.add(b.id());
      }
    }
    List<Roster.PersonRow> solos =
        people.values().stream()
            .filter(p -> !paired.contains(p.id()))
            .sorted(Comparator.comparing(Roster.PersonRow::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    List<Invitation> invitations = cohorts.invitations(cohortId);
    Map<Long, String> emails =
        invitations.stream().collect(Collectors.toMap(Invitation::getId, Invitation::getEmail));
    Instant now = Instant.now();
    List<Roster.InvitationRow> rows =
        invitations.stream()
            .map(
                i ->
                    new Roster.InvitationRow(
                        i.getId(),
                        i.getEmail(),
                        i.getDisplayName(),
                        i.stateAt(now),
                        i.getSentAt(),
                        i.getPairedInvitationId() == null
                            ? null
                            : emails.get(i.getPairedInvitationId())))
            .toList();
    return new Roster(couples, solos, rows);
  }

  /** Active people who may be chosen as facilitators, by name. */
  public List<Person> facilitatorCandidates() {
    access.requireRole(Role.ADMIN);
    return em.createQuery(
            "SELECT p FROM Person p JOIN p.roles r WHERE r = :role AND p.active = :active"
                + " ORDER BY p.displayName",
            Person.class)
        .setParameter("role", Role.FACILITATOR)
        .setParameter("active", true)
        .getResultList();
  }

  /** People by id (for names on cohort pages). */
  public List<Person> people(Set<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
