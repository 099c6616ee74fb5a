package org.pawprints.ritual.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.pawprints.cohort.domain.WorkshopWeek;

/**
 * A streak is the number of weeks in a row in which one person kept one ritual as planned (see
 * {@link RitualFrequency#met}), counting back from last week. This week counts once it is met, but
 * never breaks the streak while it is still under way: on a Tuesday, last week's streak stands.
 */
public final class Streaks {

  private Streaks() {}

  public static int weeksInARow(
      RitualFrequency frequency, Collection<LocalDate> ticks, LocalDate today) {
    Optional<LocalDate> earliest = ticks.stream().min(Comparator.naturalOrder());
    if (earliest.isEmpty()) {
      return 0;
    }
    WorkshopWeek current = WorkshopWeek.containing(today);
    int streak = frequency.met(current, ticks) ? 1 : 0;
    WorkshopWeek first = WorkshopWeek.containing(earliest.get());
    for (WorkshopWeek week = current.previous();
        week.compareTo(first) >= 0 && frequency.met(week, ticks);
        week = week.previous()) {
      streak++;
    }
    return streak;
  }
}
