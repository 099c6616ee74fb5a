package org.pawprints.ritual.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import org.pawprints.cohort.domain.WorkshopWeek;

/**
 * How often a person planned to do their rituals, as the ritual planner stores it ({@code DAILY},
 * {@code WEEKDAYS}, {@code WEEKLY}). A plan without a frequency counts as daily: the module asks
 * couples to do their ritual "every day this week".
 */
public enum RitualFrequency {
  /** Every day, Monday to Sunday: seven ticks make the week. */
  DAILY(7),
  /** Monday to Friday: five ticks on weekdays make the week; weekends are not planned. */
  WEEKDAYS(5),
  /** Once a week, any day: one tick makes the week. */
  WEEKLY(1);

  private final int timesPerWeek;

  RitualFrequency(int timesPerWeek) {
    this.timesPerWeek = timesPerWeek;
  }

  /** The frequency of a stored plan; empty or unknown values count as {@link #DAILY}. */
  public static RitualFrequency ofPlan(String stored) {
    for (RitualFrequency frequency : values()) {
      if (frequency.name().equals(stored)) {
        return frequency;
      }
    }
    return DAILY;
  }

  public int timesPerWeek() {
    return timesPerWeek;
  }

  /** Whether the ritual is meant to happen on this day of the week (only weekdays exclude some). */
  public boolean plannedOn(DayOfWeek day) {
    return this != WEEKDAYS || (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY);
  }

  /** How many of these ticks fall on planned days of the week (each day counts once). */
  public int countTowardPlan(WorkshopWeek week, Collection<LocalDate> ticks) {
    return (int)
        ticks.stream()
            .distinct()
            .filter(week::contains)
            .filter(day -> plannedOn(day.getDayOfWeek()))
            .count();
  }

  /** Whether the week met the plan: at least as many ticks on planned days as planned. */
  public boolean met(WorkshopWeek week, Collection<LocalDate> ticks) {
    return countTowardPlan(week, ticks) >= timesPerWeek;
  }
}
