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

  /**
   * A person's couple in a cohort ({@code ?1} the cohort, {@code ?2} the person), found through the
   * couple's two unique keys, (cohort, person_a) and (cohort, person_b), one half each: "person_a =
   * ? OR person_b = ?" made the database read every couple of the cohort. Also the heart of {@code
   * Partners}' couple read, which adds the partners' memberships to it.
   */
  public static final String OF_PERSON_IN_COHORT =
      "SELECT id, cohort_id, person_a, person_b, created_at FROM couple"
          + " WHERE cohort_id = ?1 AND person_a = ?2"
          + " UNION ALL SELECT id, cohort_id, person_a, person_b, created_at FROM couple"
          + " WHERE cohort_id = ?1 AND person_b = ?2";

  public Optional<Couple> ofPersonIn(long cohortId, long personId) {
    @SuppressWarnings("unchecked")
    List<Couple> couples =
        em.createNativeQuery(OF_PERSON_IN_COHORT, Couple.class)
            .setParameter(1, cohortId)
            .setParameter(2, personId)
            .getResultList();
    return couples.stream().findFirst();
  }

  public Couple add(Couple couple) {
    em.persist(couple);
    em.flush();
    return couple;
  }
}
