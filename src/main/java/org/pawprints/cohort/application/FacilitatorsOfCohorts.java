package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pawprints.identity.application.CohortFacilitation;

/** Tells identity's {@code AccessPolicy} who facilitates which cohort (one small query). */
@ApplicationScoped
public class FacilitatorsOfCohorts implements CohortFacilitation {

  @PersistenceContext EntityManager em;

  @Override
  public boolean facilitates(long personId, long cohortId) {
    return !em.createNamedQuery("Cohort.facilitates", Long.class)
        .setParameter("cohort", cohortId)
        .setParameter("person", personId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
