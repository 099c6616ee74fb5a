package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Couple;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;

/**
 * The couple's lifecycle after pairing by code: a partner leaves, and a facilitator of the cohort
 * (or an administrator) pairs two solo participants or ends a couple on the roster. Every change
 * locks the cohort row first, as {@link Pairing} does.
 */
@ApplicationScoped
@Transactional
public class Couples {

  @Inject CohortRepository cohorts;
  @Inject PairingRules rules;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Notifications notifications;

  @PersistenceContext EntityManager em;

  /**
   * I leave my couple in this cohort. The couple row goes, so from now on neither of us sees the
   * other's shared answers or practice; each keeps their own words, and what was already given
   * (such as appreciation notes received) stays with the one who received it.
   */
  public void leave(long cohortId, String clientAddress) {
    long me = access.requireSignedIn();
    Cohort cohort = rules.memberOfLocked(cohortId, me); // archived too: leaving is always possible
    Couple couple =
        cohorts
            .coupleOf(cohort.getId(), me)
            .orElseThrow(() -> new PairingProblem("pairing.notPaired"));
    long partner = couple.partnerOf(me);
    em.remove(couple);
    em.flush();
    notifications.notify(partner, NotificationKind.PARTNER_LEFT, me, null, PairingRules.HOME);
    audit.record(
        AuditEventType.COUPLE_LEFT,
        accounts.actorOf(me),
        accounts.actorOf(partner),
        clientAddress,
        PairingRules.describe(cohort));
  }

  /** A facilitator of the cohort, or an administrator, pairs two of its solo participants. */
  public void pair(long cohortId, long one, long other, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = rules.lockedOpen(cohortId);
    if (one == other) {
      throw new PairingProblem("couple.samePerson");
    }
    if (!cohort.isMember(one) || !cohort.isMember(other)) {
      throw new PairingProblem("pairing.notMembers");
    }
    if (cohorts.coupleOf(cohortId, one).isPresent()
        || cohorts.coupleOf(cohortId, other).isPresent()) {
      throw new PairingProblem("pairing.alreadyInCouple");
    }
    Instant now = Instant.now();
    rules.form(cohort, one, other, now);
    notifications.notify(one, NotificationKind.PARTNER_JOINED, other, null, PairingRules.HOME);
    notifications.notify(other, NotificationKind.PARTNER_JOINED, one, null, PairingRules.HOME);
    audit.record(
        AuditEventType.COUPLE_PAIRED_BY_STAFF,
        accounts.actorOf(by.personId()),
        accounts.actorOf(one),
        clientAddress,
        PairingRules.describe(cohort) + ", with person " + other);
  }

  /**
   * A facilitator of the cohort, or an administrator, ends a couple. No bell for the partners: the
   * facilitator tells them (a note saying "your partner left" would not be true).
   */
  public void unpair(long cohortId, long coupleId, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = rules.lockedOpen(cohortId);
    Couple couple =
        cohorts.couples(cohortId).stream()
            .filter(c -> c.getId() == coupleId)
            .findFirst()
            .orElseThrow(() -> new PairingProblem("pairing.noSuchCouple"));
    em.remove(couple);
    em.flush();
    audit.record(
        AuditEventType.COUPLE_UNPAIRED_BY_STAFF,
        accounts.actorOf(by.personId()),
        accounts.actorOf(couple.getPersonA()),
        clientAddress,
        PairingRules.describe(cohort) + ", with person " + couple.getPersonB());
  }
}
