package org.pawprints.cohort.domain;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One week of a workshop as couples live it: Monday to Sunday (the ISO week), named by its Monday.
 * Dates are local dates in the person's workshop time zone (see {@code WorkshopCalendar}), so the
 * two partners of a couple always share the same week.
 */
public record WorkshopWeek(LocalDate monday) implements Comparable<WorkshopWeek>, Serializable {

  public WorkshopWeek {
    Objects.requireNonNull(monday, "monday");
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(monday + " is not a Monday");
    }
  }

  /** The week a day belongs to: a Sunday belongs to the Monday six days before it. */
  public static WorkshopWeek containing(LocalDate day) {
    return new WorkshopWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  /** Monday to Sunday, in order. */
  public List<LocalDate> days() {
    return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(monday) && !day.isAfter(sunday());
  }

  public WorkshopWeek previous() {
    return new WorkshopWeek(monday.minusWeeks(1));
  }

  public WorkshopWeek next() {
    return new WorkshopWeek(monday.plusWeeks(1));
  }

  /** The ISO week name, such as {@code 2026-W48} (the week-based year, not the calendar year). */
  public String isoName() {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  @Override
  public int compareTo(WorkshopWeek other) {
    return monday.compareTo(other.monday);
  }
}
