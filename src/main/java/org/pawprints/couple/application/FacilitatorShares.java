package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Which answers were shown to a cohort's facilitators ("also share with my facilitator"), newest
 * first, for the reporting page. Only the choices: the words are read through {@link
 * AnswerVisibility#readableBy}. The caller has checked that the viewer facilitates the cohort.
 */
@ApplicationScoped
public class FacilitatorShares {

  @PersistenceContext EntityManager em;

  /** One choice: whose answer, to which exercise. */
  public record Share(long authorId, String step, String exerciseId) {}

  public List<Share> inCohort(long cohortId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT person_id, step_slug, exercise_id FROM answer_facilitator_share"
                    + " WHERE cohort_id = ?1 ORDER BY shared_at DESC")
            .setParameter(1, cohortId)
            .getResultList();
    return rows.stream()
        .map(r -> new Share(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
  }
}
