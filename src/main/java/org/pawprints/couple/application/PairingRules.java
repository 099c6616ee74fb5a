package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.couple.domain.PartnerInvitation;
import org.pawprints.couple.domain.PartnerInvitationState;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.PageViewMemo;

/**
 * What pairing by code ({@link Pairing}) and the couple's lifecycle ({@link Couples}) share: which
 * cohort one may pair in (locked first, so two people accepting one code end with one couple), that
 * a person is solo, and forming a couple, which ends both partners' open invitations. No
 * transaction of its own: it always runs inside theirs.
 */
@ApplicationScoped
class PairingRules {

  /** Where a notification about a partner points: the dashboard shows the partner card. */
  static final String HOME = "/my/index.xhtml";

  @Inject CohortRepository cohorts;
  @Inject CoupleRepository coupleRows;
  @Inject Accounts accounts;

  @PersistenceContext EntityManager em;

  void form(Cohort cohort, long one, long other, Instant now) {
    coupleRows.add(new Couple(cohort.getId(), one, other, now));
    PageViewMemo.forget(); // this request may go on to show the new couple
    withdrawOpen(cohort, one, now);
    withdrawOpen(cohort, other, now);
  }

  /**
   * Ends a person's open invitations in the cohort, and the cohort invitations they hold seats
   * with.
   */
  int withdrawOpen(Cohort cohort, long personId, Instant now) {
    List<PartnerInvitation> open = openOf(cohort.getId(), personId);
    for (PartnerInvitation invitation : open) {
      invitation.revoke(now);
      if (invitation.getCohortInvitationId() != null) {
        cohorts
            .invitation(invitation.getCohortInvitationId())
            .filter(i -> i.isPendingAt(now))
            .ifPresent(i -> i.revoke(now));
      }
    }
    em.flush();
    return open.size();
  }

  List<PartnerInvitation> openOf(long cohortId, long personId) {
    return em.createNamedQuery("PartnerInvitation.openOf", PartnerInvitation.class)
        .setParameter("cohort", cohortId)
        .setParameter("inviter", personId)
        .setParameter("state", PartnerInvitationState.OPEN)
        .getResultList();
  }

  /** One of my cohorts, locked and open; anyone else's is refused. */
  Cohort myCohortLocked(long cohortId, long me) {
    Cohort cohort = memberOfLocked(cohortId, me);
    if (cohort.isArchived()) {
      throw new Refusal("cohort.archived");
    }
    return cohort;
  }

  /** One of my cohorts, locked, archived or not; anyone else's is refused. */
  Cohort memberOfLocked(long cohortId, long me) {
    return cohorts
        .findLocked(cohortId)
        .filter(c -> c.isMember(me))
        .orElseThrow(
            () -> new AccessDeniedException("person " + me + " not in cohort " + cohortId));
  }

  Cohort lockedOpen(long cohortId) {
    Cohort cohort = cohorts.findLocked(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    if (cohort.isArchived()) {
      throw new Refusal("cohort.archived");
    }
    return cohort;
  }

  /**
   * A facilitator's or an administrator's account is never anyone's partner (issue #10, rule 2): it
   * would see a couple's words as a partner does. Such a person gets a separate participant
   * account.
   */
  void requireParticipantAccount(long personId) {
    if (accounts.find(personId).map(Person::isStaff).orElse(true)) {
      throw new Refusal("pairing.staffAccount");
    }
  }

  void requireSolo(Cohort cohort, long me) {
    if (coupleRows.ofPersonIn(cohort.getId(), me).isPresent()) {
      throw new Refusal("pairing.youArePaired");
    }
  }

  static String describe(Cohort cohort) {
    return "cohort " + cohort.getId() + ": " + cohort.getName();
  }
}
