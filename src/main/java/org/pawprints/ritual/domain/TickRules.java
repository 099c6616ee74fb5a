package org.pawprints.ritual.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.pawprints.cohort.domain.WorkshopWeek;

/**
 * Which days a person may tick or untick: not in the future, and only in this week or the week
 * before (a forgotten Sunday can still be ticked on Monday; older weeks are settled).
 */
public final class TickRules {

  private TickRules() {}

  /** The message key of what is wrong with ticking this day, or empty when it may be ticked. */
  public static Optional<String> problem(
      LocalDate day, LocalDate today, RitualFrequency frequency) {
    if (day.isAfter(today)) {
      return Optional.of("rituals.future");
    }
    if (day.isBefore(firstTickableDay(today))) {
      return Optional.of("rituals.tooOld");
    }
    if (!frequency.plannedOn(day.getDayOfWeek())) {
      return Optional.of("rituals.notPlannedThatDay");
    }
    return Optional.empty();
  }

  /** The Monday of last week. */
  public static LocalDate firstTickableDay(LocalDate today) {
    return WorkshopWeek.containing(today).previous().monday();
  }

  public static boolean tickable(LocalDate day, LocalDate today, RitualFrequency frequency) {
    return problem(day, today, frequency).isEmpty();
  }
}
