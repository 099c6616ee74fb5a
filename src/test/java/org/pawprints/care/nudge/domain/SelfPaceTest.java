package org.pawprints.care.nudge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfPaceTest {

  private static final List<String> SEVEN = List.of("m1", "m2", "m3", "m4", "m5", "m6", "m7");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate END = START.plusDays(49); // seven weeks: one module a week

  private static List<String> on(int day, int grace) {
    return SelfPace.expectedBy(START.plusDays(day), START, END, SEVEN, grace);
  }

  @Test
  void aModuleIsExpectedOnceItsDueDateIsGraceDaysPast() {
    assertEquals(List.of(), on(13, 7), "module 1 is due on day 7, expected from day 14");
    assertEquals(List.of("m1"), on(14, 7));
    assertEquals(List.of("m1", "m2"), on(21, 7));
    assertEquals(SEVEN, on(56, 7));
    assertEquals(SEVEN, on(400, 7));
  }

  @Test
  void unevenDaysRoundUpSoTheLastModuleIsDueOnTheEndDate() {
    LocalDate end = START.plusDays(10);
    assertEquals(List.of("m1", "m2"), SelfPace.expectedBy(START.plusDays(4), START, end, SEVEN, 1));
    assertEquals(SEVEN.subList(0, 6), SelfPace.expectedBy(end, START, end, SEVEN, 1));
    assertEquals(SEVEN, SelfPace.expectedBy(end.plusDays(1), START, end, SEVEN, 1));
  }

  @Test
  void noCalendarNoPace() {
    assertEquals(List.of(), SelfPace.expectedBy(START.plusDays(90), START, null, SEVEN, 7));
    assertEquals(List.of(), SelfPace.expectedBy(START.plusDays(90), null, END, SEVEN, 7));
    assertEquals(List.of(), SelfPace.expectedBy(START.plusDays(90), START, START, SEVEN, 7));
  }
}
