package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.pawprints.cohort.domain.WorkshopWeek;

/**
 * What day it is for a participant: the date in the time zone of the cohort they take part in. A
 * person in a couple uses the cohort of their most recent couple (the same one {@code
 * couple.application.Partners#partnerOf} uses), so both partners share one calendar; a person
 * without a couple uses their most recently joined cohort; a person in no cohort uses the cohort
 * form's default, Toronto.
 */
@ApplicationScoped
public class WorkshopCalendar {

  /** The default of the cohort form: most cohorts run on Eastern time. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Toronto");

  private static final String COUPLE_ZONE =
      "SELECT co.time_zone FROM couple c"
          + " JOIN cohort co ON co.id = c.cohort_id"
          + " JOIN cohort_member ma ON ma.cohort_id = c.cohort_id AND ma.person_id = c.person_a"
          + " JOIN cohort_member mb ON mb.cohort_id = c.cohort_id AND mb.person_id = c.person_b"
          + " WHERE c.person_a = ?1 OR c.person_b = ?1"
          + " ORDER BY c.created_at DESC, c.id DESC";

  private static final String MEMBER_ZONE =
      "SELECT co.time_zone FROM cohort_member m JOIN cohort co ON co.id = m.cohort_id"
          + " WHERE m.person_id = ?1 ORDER BY m.joined_at DESC, co.id DESC";

  @PersistenceContext EntityManager em;

  public ZoneId zoneOf(long personId) {
    return firstZone(COUPLE_ZONE, personId)
        .or(() -> firstZone(MEMBER_ZONE, personId))
        .orElse(DEFAULT_ZONE);
  }

  public LocalDate today(long personId) {
    return LocalDate.now(zoneOf(personId));
  }

  public WorkshopWeek thisWeek(long personId) {
    return WorkshopWeek.containing(today(personId));
  }

  private Optional<ZoneId> firstZone(String sql, long personId) {
    List<?> zones =
        em.createNativeQuery(sql).setParameter(1, personId).setMaxResults(1).getResultList();
    if (zones.isEmpty() || zones.get(0) == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(zones.get(0).toString()));
    } catch (DateTimeException unknownZone) {
      return Optional.empty();
    }
  }
}
