package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.platform.time.ServerClock;

/**
 * Looks at every open cohort (the daily {@link NudgeJob}) or at one cohort now (its facilitator's
 * "Check now"). Each cohort runs in a transaction of its own, so one failure holds back no other.
 */
@ApplicationScoped
public class NudgeSweep {

  private static final Logger LOG = Logger.getLogger(NudgeSweep.class.getName());

  @Inject CohortSweep cohorts;
  @Inject AccessPolicy access;
  @Inject ServerClock clock;
  @PersistenceContext EntityManager em;

  /** Every cohort that is not archived; returns how many nudges were sent. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int sweepAll() {
    List<Long> open =
        em.createQuery(
                "SELECT c.id FROM Cohort c WHERE c.archived IN :archived ORDER BY c.id", Long.class)
            .setParameter("archived", List.of(false))
            .getResultList();
    int nudged = 0;
    for (long cohortId : open) {
      try {
        nudged += cohorts.run(cohortId, clock.now()).nudged();
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Nudges for cohort {0} not looked at: {1}",
            new Object[] {cohortId, e.getClass().getSimpleName()});
      }
    }
    return nudged;
  }

  /** One cohort now, for its facilitators and administrators. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public CohortSweep.Outcome sweepNow(long cohortId) {
    access.requireFacilitatorOf(cohortId);
    return cohorts.run(cohortId, clock.now());
  }
}
