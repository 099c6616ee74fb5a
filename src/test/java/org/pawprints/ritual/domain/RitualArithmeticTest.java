package org.pawprints.ritual.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pawprints.cohort.domain.WorkshopWeek;

/** Weeks, plans and streaks: the arithmetic the tracker shows, without a database or a clock. */
class RitualArithmeticTest {

  // Monday 2026-11-23 to Sunday 2026-11-29 is "this week" in most tests.
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final WorkshopWeek THIS_WEEK = new WorkshopWeek(MONDAY);

  @Test
  void aPlanWithoutAFrequencyIsDaily() {
    assertEquals(RitualFrequency.DAILY, RitualFrequency.ofPlan(""));
    assertEquals(RitualFrequency.DAILY, RitualFrequency.ofPlan(null));
    assertEquals(RitualFrequency.DAILY, RitualFrequency.ofPlan("HOURLY"));
    assertEquals(RitualFrequency.WEEKDAYS, RitualFrequency.ofPlan("WEEKDAYS"));
    assertEquals(RitualFrequency.WEEKLY, RitualFrequency.ofPlan("WEEKLY"));
  }

  @Test
  void aPlanHoldsThePickedSuggestionsAndTheOwnRitual() {
    RitualPlan plan = RitualPlan.of(List.of("six-second-kiss"), "  Tea at nine  ", "WEEKLY");
    assertEquals(List.of("six-second-kiss", RitualTick.CUSTOM), plan.keys());
    assertEquals("Tea at nine", plan.customText());
    assertTrue(plan.includes("custom"));
    assertFalse(plan.includes("evening-walk"));
    assertFalse(plan.includes(null));
    assertTrue(RitualPlan.of(List.of(), "   ", "").isEmpty());
  }

  @Test
  void eachFrequencyMeetsTheWeekWithItsOwnCount() {
    assertFalse(RitualFrequency.DAILY.met(THIS_WEEK, days(0, 1, 2, 3, 4, 5)));
    assertTrue(RitualFrequency.DAILY.met(THIS_WEEK, days(0, 1, 2, 3, 4, 5, 6)));
    assertTrue(RitualFrequency.WEEKDAYS.met(THIS_WEEK, days(0, 1, 2, 3, 4)));
    assertTrue(RitualFrequency.WEEKLY.met(THIS_WEEK, days(6)));
    assertFalse(RitualFrequency.WEEKLY.met(THIS_WEEK, List.of()));
  }

  @Test
  void weekendTicksDoNotCountForAWeekdaysPlan() {
    assertEquals(3, RitualFrequency.WEEKDAYS.countTowardPlan(THIS_WEEK, days(0, 1, 2, 5, 6)));
    assertFalse(RitualFrequency.WEEKDAYS.met(THIS_WEEK, days(0, 1, 2, 5, 6)));
    assertFalse(RitualFrequency.WEEKDAYS.plannedOn(MONDAY.plusDays(5).getDayOfWeek()));
    assertTrue(RitualFrequency.DAILY.plannedOn(MONDAY.plusDays(6).getDayOfWeek()));
  }

  @Test
  void ticksOfOtherWeeksAndDuplicatesDoNotCount() {
    List<LocalDate> ticks = new ArrayList<>(days(0, 0, 1));
    ticks.add(MONDAY.minusDays(1));
    ticks.add(MONDAY.plusDays(7));
    assertEquals(2, RitualFrequency.DAILY.countTowardPlan(THIS_WEEK, ticks));
  }

  @Test
  void noTicksNoStreak() {
    assertEquals(0, Streaks.weeksInARow(RitualFrequency.DAILY, List.of(), MONDAY));
  }

  @Test
  void thisWeekInProgressNeitherCountsNorBreaksTheStreak() {
    // Last week and the week before were met; this Wednesday only Monday is ticked.
    List<LocalDate> ticks = new ArrayList<>();
    ticks.addAll(weekOf(MONDAY.minusWeeks(1), RitualFrequency.WEEKLY));
    ticks.addAll(weekOf(MONDAY.minusWeeks(2), RitualFrequency.WEEKLY));
    assertEquals(2, Streaks.weeksInARow(RitualFrequency.WEEKLY, ticks, MONDAY.plusDays(2)));
    // Met this week as well: three in a row.
    ticks.add(MONDAY);
    assertEquals(3, Streaks.weeksInARow(RitualFrequency.WEEKLY, ticks, MONDAY.plusDays(2)));
  }

  @Test
  void aMissedWeekEndsTheStreak() {
    List<LocalDate> ticks = new ArrayList<>();
    ticks.addAll(weekOf(MONDAY.minusWeeks(1), RitualFrequency.DAILY));
    // Two weeks ago: six days of seven, so not met.
    ticks.addAll(days(MONDAY.minusWeeks(2), 0, 1, 2, 3, 4, 5));
    ticks.addAll(weekOf(MONDAY.minusWeeks(3), RitualFrequency.DAILY));
    assertEquals(1, Streaks.weeksInARow(RitualFrequency.DAILY, ticks, MONDAY));
  }

  @Test
  void lastWeekMissedAndThisWeekMetIsAStreakOfOne() {
    List<LocalDate> ticks = new ArrayList<>(weekOf(MONDAY.minusWeeks(2), RitualFrequency.WEEKLY));
    ticks.add(MONDAY.plusDays(1));
    assertEquals(1, Streaks.weeksInARow(RitualFrequency.WEEKLY, ticks, MONDAY.plusDays(3)));
  }

  @Test
  void aWeekdaysStreakIgnoresWeekends() {
    List<LocalDate> ticks = new ArrayList<>();
    for (int w = 1; w <= 4; w++) {
      ticks.addAll(days(MONDAY.minusWeeks(w), 0, 1, 2, 3, 4));
    }
    assertEquals(4, Streaks.weeksInARow(RitualFrequency.WEEKDAYS, ticks, MONDAY.plusDays(6)));
  }

  @Test
  void theStreakCrossesTheNewYear() {
    LocalDate monday = LocalDate.of(2026, 1, 5); // ISO week 2 of 2026
    List<LocalDate> ticks = new ArrayList<>();
    ticks.add(monday.minusWeeks(1)); // 2025-12-29, week 1 of 2026
    ticks.add(monday.minusWeeks(2).plusDays(3)); // 2025-12-25, week 52 of 2025
    assertEquals(2, Streaks.weeksInARow(RitualFrequency.WEEKLY, ticks, monday));
  }

  @Test
  void todayAndEarlierDaysOfThisWeekAndLastWeekMayBeTicked() {
    LocalDate wednesday = MONDAY.plusDays(2);
    assertEquals(Optional.empty(), TickRules.problem(wednesday, wednesday, RitualFrequency.DAILY));
    assertEquals(Optional.empty(), TickRules.problem(MONDAY, wednesday, RitualFrequency.DAILY));
    assertEquals(MONDAY.minusWeeks(1), TickRules.firstTickableDay(wednesday));
    assertEquals(
        Optional.empty(),
        TickRules.problem(MONDAY.minusWeeks(1), wednesday, RitualFrequency.DAILY));
  }

  @Test
  void theFutureOlderWeeksAndUnplannedDaysMayNotBeTicked() {
    LocalDate wednesday = MONDAY.plusDays(2);
    assertEquals(
        Optional.of("rituals.future"),
        TickRules.problem(wednesday.plusDays(1), wednesday, RitualFrequency.DAILY));
    assertEquals(
        Optional.of("rituals.tooOld"),
        TickRules.problem(MONDAY.minusWeeks(1).minusDays(1), wednesday, RitualFrequency.DAILY));
    LocalDate lastSaturday = MONDAY.minusDays(2);
    assertEquals(
        Optional.of("rituals.notPlannedThatDay"),
        TickRules.problem(lastSaturday, wednesday, RitualFrequency.WEEKDAYS));
    assertTrue(TickRules.tickable(lastSaturday, wednesday, RitualFrequency.DAILY));
  }

  @Test
  void onSundayTheWholeWeekAndLastWeekAreOpen() {
    LocalDate sunday = MONDAY.plusDays(6);
    assertTrue(TickRules.tickable(MONDAY.minusWeeks(1), sunday, RitualFrequency.DAILY));
    assertFalse(
        TickRules.tickable(MONDAY.minusWeeks(1).minusDays(1), sunday, RitualFrequency.DAILY));
    // On the next Monday, the week before this one is closed.
    assertFalse(
        TickRules.tickable(MONDAY.minusWeeks(1), sunday.plusDays(1), RitualFrequency.DAILY));
  }

  private static List<LocalDate> days(int... offsets) {
    return days(MONDAY, offsets);
  }

  private static List<LocalDate> days(LocalDate monday, int... offsets) {
    List<LocalDate> days = new ArrayList<>();
    for (int offset : offsets) {
      days.add(monday.plusDays(offset));
    }
    return days;
  }

  /** Just enough ticks to meet the week with this frequency. */
  private static List<LocalDate> weekOf(LocalDate monday, RitualFrequency frequency) {
    return switch (frequency) {
      case DAILY -> days(monday, 0, 1, 2, 3, 4, 5, 6);
      case WEEKDAYS -> days(monday, 0, 1, 2, 3, 4);
      case WEEKLY -> days(monday, 3);
    };
  }
}
