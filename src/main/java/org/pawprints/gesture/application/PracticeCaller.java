package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.pawprints.cohort.application.WorkshopCalendar;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;

/**
 * Who is practising (the signed-in participant, never an id from a page) and when their week began.
 * A week starts on Monday at midnight in the time zone of the person's most recent cohort, so "this
 * week" matches the workshop's calendar.
 */
@ApplicationScoped
public class PracticeCaller {

  @Inject AccessPolicy access;
  @Inject WorkshopCalendar calendar;

  /** The signed-in participant's id; anyone else is refused. */
  public long participant() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }

  /** The time zone of the person's most recent cohort (the workshop's calendar). */
  public ZoneId zoneOf(long personId) {
    return calendar.zoneOf(personId);
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
