package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pawprints.cohort.application.CurrentCohort;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.platform.web.PageViewMemo;

/**
 * Who is whose partner: the one rule behind every partner grant (answers, reactions, shared
 * practice, notices, notes). Two people are partners only through their <em>current</em> couple:
 * the couple of the cohort each of them takes part in now ({@link CurrentCohort}: the one joined
 * most recently), with both still members, archived cohort or not, <em>and</em> it must be the
 * current couple of both. So a couple that was left grants nothing (its row is gone), and a couple
 * of an earlier cohort grants nothing as soon as either person joins a later cohort (paired there
 * or not). A person has at most one partner at a time.
 */
@ApplicationScoped
public class Partners {

  // The partner's current cohort comes with the couple (one statement instead of two per page
  // view). The couple is looked up by its keys (CoupleRepository.OF_PERSON_IN_COHORT): an OR of
  // the two partner columns read every couple of the cohort, on every page view and every live
  // refresh (500 couples per refresh in a room of 1,000 phones; PartnersPlanTest).
  static final String COUPLE_IN =
      "SELECT c.id, c.person_a, c.person_b, c.created_at, "
          + CurrentCohort.sqlOf("CASE WHEN c.person_a = ?2 THEN c.person_b ELSE c.person_a END")
          + " FROM ("
          + CoupleRepository.OF_PERSON_IN_COHORT
          + ") c"
          + " JOIN cohort_member ma ON ma.cohort_id = c.cohort_id AND ma.person_id = c.person_a"
          + " JOIN cohort_member mb ON mb.cohort_id = c.cohort_id AND mb.person_id = c.person_b";

  @Inject CurrentCohort currentCohort;

  @PersistenceContext EntityManager em;

  /**
   * My current couple, when my partner's current couple is the same one. Read once per page view
   * ({@link PageViewMemo}): a module exercise asks it for the partner's status, the reveal, the
   * partner's shared answer and whether that answer may be read (three to four reads of the same
   * row per view before). A form post reads afresh; forming or ending a couple forgets it.
   */
  public Optional<CurrentCouple> coupleOf(long personId) {
    return PageViewMemo.once("couple-of-" + personId, () -> readCoupleOf(personId));
  }

  private Optional<CurrentCouple> readCoupleOf(long personId) {
    return currentCohort.of(personId).flatMap(cohort -> coupleIn(cohort, personId));
  }

  /** My current partner. */
  public Optional<Long> partnerOf(long personId) {
    return coupleOf(personId).map(CurrentCouple::partnerId);
  }

  /** Whether the two are each other's current partner. */
  public boolean arePartners(long one, long other) {
    return one != other && partnerOf(one).filter(p -> p == other).isPresent();
  }

  /**
   * Whether the two are each other's current partner <em>in this cohort</em>: what something given
   * in a cohort (an answer) needs to reach the partner. Something given in an earlier cohort stays
   * with that cohort's couple, so a later partner never reads it.
   */
  public boolean arePartnersIn(long one, long other, Long cohortId) {
    return one != other
        && coupleOf(one)
            .filter(c -> c.partnerId() == other && Objects.equals(c.cohortId(), cohortId))
            .isPresent();
  }

  private Optional<CurrentCouple> coupleIn(long cohortId, long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(COUPLE_IN)
            .setParameter(1, cohortId)
            .setParameter(2, personId)
            .getResultList();
    // The couple counts only while it is the partner's current couple too (the fifth column).
    return rows.stream()
        .findFirst()
        .filter(row -> row[4] != null && ((Number) row[4]).longValue() == cohortId)
        .map(
            row -> {
              long a = ((Number) row[1]).longValue();
              long b = ((Number) row[2]).longValue();
              return new CurrentCouple(
                  ((Number) row[0]).longValue(), cohortId, a == personId ? b : a, instant(row[3]));
            });
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) value;
  }
}
