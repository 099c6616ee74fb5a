package org.pawprints.couple.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores the couples of a cohort. */
@ApplicationScoped
public class CoupleRepository {

  @PersistenceContext EntityManager em;

  public List<Couple> ofCohort(long cohortId) {
    return em.createNamedQuery("Couple.ofCohort", Couple.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  public Optional<Couple> ofPersonIn(long cohortId, long personId) {
    return em.createNamedQuery("Couple.ofPersonInCohort", Couple.class)
        .setParameter("cohort", cohortId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  public Couple add(Couple couple) {
    em.persist(couple);
    em.flush();
    return couple;
  }
}
