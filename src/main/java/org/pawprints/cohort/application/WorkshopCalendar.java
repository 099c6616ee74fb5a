package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.pawprints.cohort.domain.WorkshopWeek;

/**
 * What day it is for a participant: the date in the time zone of the cohort they take part in now
 * ({@link CurrentCohort}, whose couple is also their only partner, so both partners share one
 * calendar); a person in no cohort uses the cohort form's default, Toronto.
 */
@ApplicationScoped
public class WorkshopCalendar {

  /** The default of the cohort form: most cohorts run on Eastern time. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Toronto");

  @Inject CurrentCohort current;

  @PersistenceContext EntityManager em;

  public ZoneId zoneOf(long personId) {
    return current.of(personId).flatMap(this::zoneOfCohort).orElse(DEFAULT_ZONE);
  }

  public LocalDate today(long personId) {
    return LocalDate.now(zoneOf(personId));
  }

  public WorkshopWeek thisWeek(long personId) {
    return WorkshopWeek.containing(today(personId));
  }

  private Optional<ZoneId> zoneOfCohort(long cohortId) {
    List<?> zones =
        em.createNativeQuery("SELECT time_zone FROM cohort WHERE id = ?1")
            .setParameter(1, cohortId)
            .getResultList();
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
