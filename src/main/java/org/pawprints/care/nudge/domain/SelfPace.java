package org.pawprints.care.nudge.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The pace of a self-paced cohort with a start and an end date: its modules spread evenly over
 * those dates, module k of M due on the start date plus k/M of the days between (rounded up), so
 * the last one is due on the end date. As in a facilitator-paced cohort, where a module opened N
 * days ago is expected finished, a module is expected finished once its due date is N days past:
 * the same grace, and nobody is behind in the first N days of a slot. A cohort without both dates
 * has no calendar, so no pace.
 */
public final class SelfPace {

  private SelfPace() {}

  /** The modules expected finished on {@code today}, in order (a prefix of {@code modules}). */
  public static List<String> expectedBy(
      LocalDate today, LocalDate startsOn, LocalDate endsOn, List<String> modules, int graceDays) {
    if (startsOn == null || endsOn == null || modules.isEmpty() || !endsOn.isAfter(startsOn)) {
      return List.of();
    }
    long days = ChronoUnit.DAYS.between(startsOn, endsOn);
    LocalDate cutoff = today.minusDays(graceDays);
    int due = 0;
    for (int k = 1; k <= modules.size(); k++) {
      long offset = (k * days + modules.size() - 1) / modules.size();
      if (startsOn.plusDays(offset).isAfter(cutoff)) {
        break;
      }
      due = k;
    }
    return modules.subList(0, due);
  }
}
