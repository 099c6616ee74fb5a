package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Who is whose partner: two people in a couple of a cohort that both of them still belong to. A
 * couple row alone is not enough (a person who left the cohort is nobody's partner there).
 */
@ApplicationScoped
public class Partners {

  private static final String COUPLES_OF =
      "SELECT c.person_a, c.person_b FROM couple c"
          + " JOIN cohort_member ma ON ma.cohort_id = c.cohort_id AND ma.person_id = c.person_a"
          + " JOIN cohort_member mb ON mb.cohort_id = c.cohort_id AND mb.person_id = c.person_b"
          + " WHERE c.person_a = ?1 OR c.person_b = ?1"
          + " ORDER BY c.created_at DESC, c.id DESC";

  @PersistenceContext EntityManager em;

  /** My partner, in the most recent of my couples (a person is in one couple per cohort). */
  public Optional<Long> partnerOf(long personId) {
    return couplesOf(personId).stream().findFirst().map(pair -> other(pair, personId));
  }

  /** Whether the two are partners in some cohort they both belong to. */
  public boolean arePartners(long one, long other) {
    return one != other && couplesOf(one).stream().anyMatch(pair -> other(pair, one) == other);
  }

  private List<Object[]> couplesOf(long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COUPLES_OF).setParameter(1, personId).getResultList();
    return rows;
  }

  private static long other(Object[] pair, long personId) {
    long a = ((Number) pair[0]).longValue();
    long b = ((Number) pair[1]).longValue();
    return a == personId ? b : a;
  }
}
