package org.pawprints.outcomes.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which wave of the questionnaire is open on a day of a cohort's life, at most one at a time. The
 * start is open until {@link #START_DAYS} days after the cohort's start date (from joining, and
 * always while the cohort has no start date), the end from {@link #END_DAYS_BEFORE} days before its
 * end date until {@link #END_DAYS_AFTER} days after, and the follow-up from {@link
 * #FOLLOW_UP_AFTER_DAYS} days after the end for {@link #FOLLOW_UP_OPEN_DAYS} days. A cohort without
 * an end date has no end and no follow-up. In a cohort too short for both, the end wins.
 */
public final class Waves {

  public static final int START_DAYS = 21;
  public static final int END_DAYS_BEFORE = 7;
  public static final int END_DAYS_AFTER = 30;
  public static final int FOLLOW_UP_AFTER_DAYS = 90;
  public static final int FOLLOW_UP_OPEN_DAYS = 60;

  private Waves() {}

  public static Optional<Wave> openOn(LocalDate today, LocalDate startsOn, LocalDate endsOn) {
    if (endsOn != null) {
      if (within(today, followUpOpens(endsOn), followUpCloses(endsOn))) {
        return Optional.of(Wave.FOLLOW_UP);
      }
      if (within(today, endsOn.minusDays(END_DAYS_BEFORE), endsOn.plusDays(END_DAYS_AFTER))) {
        return Optional.of(Wave.END);
      }
      if (!today.isBefore(endsOn.minusDays(END_DAYS_BEFORE))) {
        return Optional.empty();
      }
    }
    if (startsOn == null || !today.isAfter(startsOn.plusDays(START_DAYS))) {
      return Optional.of(Wave.START);
    }
    return Optional.empty();
  }

  /** The first day of the follow-up: when its links are mailed. */
  public static LocalDate followUpOpens(LocalDate endsOn) {
    return endsOn.plusDays(FOLLOW_UP_AFTER_DAYS);
  }

  /** The last day of the follow-up. */
  public static LocalDate followUpCloses(LocalDate endsOn) {
    return followUpOpens(endsOn).plusDays(FOLLOW_UP_OPEN_DAYS - 1L);
  }

  private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
    return !day.isBefore(first) && !day.isAfter(last);
  }
}
