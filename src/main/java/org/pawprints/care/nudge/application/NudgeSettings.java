package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pawprints.care.nudge.domain.CohortNudgeRules;
import org.pawprints.care.nudge.domain.NudgeRules;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.time.ServerClock;

/**
 * A cohort's nudge rules, read and changed by its facilitators and by administrators. A cohort
 * nobody changed uses {@link NudgeRules#DEFAULTS}.
 */
@ApplicationScoped
@Transactional
public class NudgeSettings {

  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject ServerClock clock;
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public NudgeRules rulesOf(long cohortId) {
    access.requireFacilitatorOf(cohortId);
    existing(cohortId);
    return rulesFor(cohortId);
  }

  public void change(long cohortId, NudgeRules rules, String clientAddress) {
    Viewer viewer = access.requireFacilitatorOf(cohortId);
    Cohort cohort = existing(cohortId);
    cohort.requireOpen();
    NudgeRules checked = rules.checked();
    if (checked.equals(rulesFor(cohortId))) {
      return;
    }
    stored(cohortId)
        .ifPresentOrElse(
            row -> row.change(checked, clock.now()),
            () -> em.persist(new CohortNudgeRules(cohortId, checked, clock.now())));
    audit.record(
        AuditEventType.COHORT_UPDATED,
        accounts.actorOf(viewer.personId()),
        null,
        clientAddress,
        "cohort " + cohortId + ": nudge rules " + checked);
  }

  /** The rules the sweep applies: no access check, it runs for nobody in particular. */
  @Transactional(Transactional.TxType.SUPPORTS)
  NudgeRules rulesFor(long cohortId) {
    return stored(cohortId).map(CohortNudgeRules::rules).orElse(NudgeRules.DEFAULTS);
  }

  private Optional<CohortNudgeRules> stored(long cohortId) {
    return Optional.ofNullable(em.find(CohortNudgeRules.class, cohortId));
  }

  private Cohort existing(long cohortId) {
    Cohort cohort = em.find(Cohort.class, cohortId);
    if (cohort == null) {
      throw new Refusal("cohort.unknown");
    }
    return cohort;
  }
}
