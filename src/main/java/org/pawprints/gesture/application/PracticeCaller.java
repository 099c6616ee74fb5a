package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;

/**
 * Who is practising (the signed-in participant, never an id from a page) and when their week began.
 * A week starts on Monday at midnight in the time zone of the person's most recent cohort, so "this
 * week" matches the workshop's calendar.
 */
@ApplicationScoped
public class PracticeCaller {

  static final ZoneId FALLBACK_ZONE = ZoneId.of("America/Toronto");

  @Inject AccessPolicy access;
  @PersistenceContext EntityManager em;

  /** The signed-in participant's id; anyone else is refused. */
  public long participant() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }

  public ZoneId zoneOf(long personId) {
    @SuppressWarnings("unchecked")
    List<String> zones =
        em.createNativeQuery(
                "SELECT c.time_zone FROM cohort c JOIN cohort_member m ON m.cohort_id = c.id"
                    + " WHERE m.person_id = ?1 ORDER BY m.joined_at DESC, c.id DESC")
            .setParameter(1, personId)
            .setMaxResults(1)
            .getResultList();
    if (zones.isEmpty() || zones.get(0) == null) {
      return FALLBACK_ZONE;
    }
    try {
      return ZoneId.of(zones.get(0));
    } catch (DateTimeException unknown) {
      return FALLBACK_ZONE;
    }
  }

  /** Monday 00:00 of the current week, in the person's zone. */
  public Instant weekStart(long personId) {
    return ZonedDateTime.now(zoneOf(personId))
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .toLocalDate()
        .atStartOfDay(zoneOf(personId))
        .toInstant();
  }
}
