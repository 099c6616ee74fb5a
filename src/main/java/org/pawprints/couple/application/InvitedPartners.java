package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.pawprints.cohort.application.InvitationAccepted;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.InvitationState;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.couple.domain.PartnerInvitation;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;

/**
 * Pairing when a cohort invitation is accepted (in the accepting transaction): a partner who
 * invited this person by mail, or a partner a CSV named (pre-pairing). Either way the couple forms
 * only once both have accepted, each their own invitation, which names the other: that acceptance
 * is each one's consent (issue #10, rule 2). A staff account is never paired.
 */
@ApplicationScoped
class InvitedPartners {

  @Inject CohortRepository cohorts;
  @Inject CoupleRepository coupleRows;
  @Inject PairingRules rules;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Notifications notifications;

  @PersistenceContext EntityManager em;

  void onInvitationAccepted(@Observes InvitationAccepted accepted) {
    Instant now = Instant.now();
    Cohort cohort = cohorts.findLocked(accepted.cohortId()).orElseThrow();
    long person = accepted.personId();
    if (isStaff(person)) {
      return;
    }
    pairWithInviter(accepted, cohort, person, now);
    pairPreparedPartners(accepted, cohort, person, now);
    coupleRows
        .ofPersonIn(cohort.getId(), person)
        .ifPresent(
            couple -> {
              rules.withdrawOpen(cohort, couple.partnerOf(person), now);
              notifications.notify(
                  couple.partnerOf(person),
                  NotificationKind.PARTNER_JOINED,
                  person,
                  null,
                  PairingRules.HOME);
            });
  }

  /** The partner who invited this person by mail (a partner invitation) pairs with them now. */
  private void pairWithInviter(
      InvitationAccepted accepted, Cohort cohort, long person, Instant now) {
    em.createNamedQuery("PartnerInvitation.byCohortInvitation", PartnerInvitation.class)
        .setParameter("invitation", accepted.invitationId())
        .getResultStream()
        .filter(i -> i.isOpenAt(now))
        .filter(i -> cohort.isMember(i.getInviterId()) && i.getInviterId() != person)
        .filter(i -> solo(cohort, i.getInviterId()) && solo(cohort, person))
        .findFirst()
        .ifPresent(
            i -> {
              i.accept(person, now);
              rules.form(cohort, i.getInviterId(), person, now);
              audit.record(
                  AuditEventType.PARTNER_INVITATION_ACCEPTED,
                  accounts.actorOf(person),
                  accounts.actorOf(i.getInviterId()),
                  null,
                  PairingRules.describe(cohort));
            });
  }

  /**
   * A CSV named this person's partner: when that partner has already accepted their own invitation,
   * the two become a couple; otherwise the couple waits for the partner's acceptance (which runs
   * this again), and never forms if they do not accept.
   */
  private void pairPreparedPartners(
      InvitationAccepted accepted, Cohort cohort, long person, Instant now) {
    cohorts
        .invitation(accepted.invitationId())
        .map(Invitation::getPairedInvitationId)
        .flatMap(cohorts::invitation)
        .filter(partner -> partner.getPersonId() != null)
        .filter(partner -> partner.stateAt(now) == InvitationState.ACCEPTED)
        .filter(partner -> cohort.isMember(partner.getPersonId()))
        .filter(partner -> !isStaff(partner.getPersonId()))
        .filter(partner -> solo(cohort, partner.getPersonId()) && solo(cohort, person))
        .ifPresent(
            partner -> {
              rules.form(cohort, partner.getPersonId(), person, now);
              audit.record(
                  AuditEventType.COUPLE_FORMED,
                  accounts.actorOf(person),
                  accounts.actorOf(partner.getPersonId()),
                  null,
                  PairingRules.describe(cohort));
            });
  }

  private boolean solo(Cohort cohort, long person) {
    return coupleRows.ofPersonIn(cohort.getId(), person).isEmpty();
  }

  private boolean isStaff(long person) {
    Optional<Person> found = accounts.find(person);
    return found.map(Person::isStaff).orElse(true);
  }
}
