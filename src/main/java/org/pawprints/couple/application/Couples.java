package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.PageViewMemo;

/**
 * The couple's lifecycle after pairing: a partner leaves, and a facilitator of the cohort (or an
 * administrator) ends a couple on the roster. Staff cannot pair anyone. Every change locks the
 * cohort row first, as {@link Pairing} does.
 */
@ApplicationScoped
@Transactional
public class Couples {

  @Inject CohortRepository cohorts;
  @Inject CoupleRepository coupleRows;
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
        coupleRows
            .ofPersonIn(cohort.getId(), me)
            .orElseThrow(() -> new Refusal("pairing.notPaired"));
    long partner = couple.partnerOf(me);
    em.remove(couple);
    em.flush();
    PageViewMemo.forget(); // this request may go on to show the couple gone
    notifications.notify(partner, NotificationKind.PARTNER_LEFT, me, null, PairingRules.HOME);
    audit.record(
        AuditEventType.COUPLE_LEFT,
        accounts.actorOf(me),
        accounts.actorOf(partner),
        clientAddress,
        PairingRules.describe(cohort));
  }

  /**
   * A facilitator of the cohort, or an administrator, ends a couple; both partners are told, each
   * by a notice that says their facilitator ended the pairing (issue #10, rule 2). Staff never form
   * a couple: partners pair themselves, each accepting (a code, a link or an invitation).
   */
  public void unpair(long cohortId, long coupleId, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = rules.lockedOpen(cohortId);
    Couple couple =
        coupleRows.ofCohort(cohortId).stream()
            .filter(c -> c.getId() == coupleId)
            .findFirst()
            .orElseThrow(() -> new Refusal("pairing.noSuchCouple"));
    em.remove(couple);
    em.flush();
    PageViewMemo.forget(); // this request may go on to show the couple gone
    notifications.notify(
        couple.getPersonA(),
        NotificationKind.UNPAIRED_BY_STAFF,
        couple.getPersonB(),
        null,
        PairingRules.HOME);
    notifications.notify(
        couple.getPersonB(),
        NotificationKind.UNPAIRED_BY_STAFF,
        couple.getPersonA(),
        null,
        PairingRules.HOME);
    audit.record(
        AuditEventType.COUPLE_UNPAIRED_BY_STAFF,
        accounts.actorOf(by.personId()),
        accounts.actorOf(couple.getPersonA()),
        clientAddress,
        PairingRules.describe(cohort) + ", with person " + couple.getPersonB());
  }
}
