package org.pawprints.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The week a digest is recorded under: ISO weeks, in the server's time zone. */
class WeeklyDigestWeekTest {

  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Test
  void aWeekRunsFromMondayToSunday() {
    assertEquals("2026-W48", WeeklyDigest.isoWeek(Instant.parse("2026-11-23T13:00:00Z"), TORONTO));
    assertEquals("2026-W48", WeeklyDigest.isoWeek(Instant.parse("2026-11-29T23:00:00Z"), TORONTO));
    assertEquals("2026-W49", WeeklyDigest.isoWeek(Instant.parse("2026-11-30T13:00:00Z"), TORONTO));
  }

  @Test
  void theWeekIsTheServersNotUtcs() {
    // Sunday evening in Toronto is already Monday in UTC.
    Instant sundayEvening = Instant.parse("2026-11-30T02:00:00Z");
    assertEquals("2026-W48", WeeklyDigest.isoWeek(sundayEvening, TORONTO));
    assertEquals("2026-W49", WeeklyDigest.isoWeek(sundayEvening, ZoneId.of("UTC")));
  }

  @Test
  void theFirstDaysOfJanuaryMayBelongToLastYearsWeek() {
    assertEquals("2026-W53", WeeklyDigest.isoWeek(Instant.parse("2027-01-01T15:00:00Z"), TORONTO));
    assertEquals("2027-W01", WeeklyDigest.isoWeek(Instant.parse("2027-01-04T15:00:00Z"), TORONTO));
  }
}
