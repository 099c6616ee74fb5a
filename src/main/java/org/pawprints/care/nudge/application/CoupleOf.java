package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pawprints.couple.domain.Couple;

/** The couple a participant belongs to in a cohort, if they are paired. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoupleOf {

  @PersistenceContext EntityManager em;

  public Optional<Long> coupleOf(long cohortId, long personId) {
    return em.createNamedQuery("Couple.ofPersonInCohort", Couple.class)
        .setParameter("cohort", cohortId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst()
        .map(Couple::getId);
  }
}
