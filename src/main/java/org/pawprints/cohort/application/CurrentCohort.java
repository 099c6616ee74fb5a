package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.pawprints.platform.web.PageViewMemo;

/**
 * The cohort a participant takes part in now: the one they joined most recently among those they
 * are still a member of (archived or not). Their answers are given in it, its facilitators are the
 * ones "my facilitator" means, and its couple is their only partner (see {@code
 * couple.application.Partners}). Joining a later cohort moves a person on; an earlier cohort stays
 * readable, but grants nothing to anyone any more.
 */
@ApplicationScoped
public class CurrentCohort {

  private static final String LATEST =
      "SELECT m.cohort_id FROM cohort_member m WHERE m.person_id = ?1"
          + " ORDER BY m.joined_at DESC, m.cohort_id DESC";

  /**
   * The same rule as SQL, for a statement that needs another person's current cohort beside what it
   * reads (the couple read checks the partner's in the same statement): a scalar subquery giving
   * the current cohort of the person whose id {@code personColumn} holds, or NULL.
   */
  public static String sqlOf(String personColumn) {
    return "(SELECT cm.cohort_id FROM cohort_member cm WHERE cm.person_id = "
        + personColumn
        + " ORDER BY cm.joined_at DESC, cm.cohort_id DESC FETCH FIRST 1 ROWS ONLY)";
  }

  @PersistenceContext EntityManager em;

  /** Read once per page view ({@link PageViewMemo}): several parts of a module page ask. */
  public Optional<Long> of(long personId) {
    return PageViewMemo.once("current-cohort-of-" + personId, () -> read(personId));
  }

  private Optional<Long> read(long personId) {
    List<?> rows =
        em.createNativeQuery(LATEST).setParameter(1, personId).setMaxResults(1).getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
  }
}
