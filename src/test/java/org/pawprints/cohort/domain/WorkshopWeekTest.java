package org.pawprints.cohort.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkshopWeekTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  @Test
  void aWeekRunsFromMondayToSunday() {
    for (int d = 0; d < 7; d++) {
      assertEquals(MONDAY, WorkshopWeek.containing(MONDAY.plusDays(d)).monday(), "day " + d);
    }
    WorkshopWeek week = WorkshopWeek.containing(MONDAY);
    assertEquals(LocalDate.of(2026, 11, 29), week.sunday());
    assertEquals(7, week.days().size());
    assertEquals(MONDAY, week.days().get(0));
    assertEquals(week.sunday(), week.days().get(6));
  }

  @Test
  void sundayBelongsToTheWeekBeforeTheNextMonday() {
    assertEquals(
        LocalDate.of(2026, 11, 16), WorkshopWeek.containing(LocalDate.of(2026, 11, 22)).monday());
    assertEquals(MONDAY.plusWeeks(1), WorkshopWeek.containing(MONDAY.plusDays(7)).monday());
  }

  @Test
  void containsOnlyItsOwnSevenDays() {
    WorkshopWeek week = new WorkshopWeek(MONDAY);
    assertTrue(week.contains(MONDAY));
    assertTrue(week.contains(week.sunday()));
    assertFalse(week.contains(MONDAY.minusDays(1)));
    assertFalse(week.contains(week.sunday().plusDays(1)));
  }

  @Test
  void previousAndNextAreWholeWeeks() {
    WorkshopWeek week = new WorkshopWeek(MONDAY);
    assertEquals(LocalDate.of(2026, 11, 16), week.previous().monday());
    assertEquals(LocalDate.of(2026, 11, 30), week.next().monday());
    assertTrue(week.previous().compareTo(week) < 0);
  }

  @Test
  void theIsoNameUsesTheWeekBasedYearAcrossNewYear() {
    // 2026-01-01 is a Thursday: its week starts on Monday 2025-12-29 and is ISO week 1 of 2026.
    WorkshopWeek newYear = WorkshopWeek.containing(LocalDate.of(2026, 1, 1));
    assertEquals(LocalDate.of(2025, 12, 29), newYear.monday());
    assertEquals("2026-W01", newYear.isoName());
    assertEquals("2026-W48", new WorkshopWeek(MONDAY).isoName());
    // 2027-01-01 is a Friday: it still belongs to ISO week 53 of 2026.
    assertEquals("2026-W53", WorkshopWeek.containing(LocalDate.of(2027, 1, 1)).isoName());
  }

  @Test
  void onlyAMondayNamesAWeek() {
    assertThrows(IllegalArgumentException.class, () -> new WorkshopWeek(MONDAY.plusDays(1)));
  }
}
