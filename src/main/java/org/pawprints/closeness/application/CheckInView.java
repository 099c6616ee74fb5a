package org.pawprints.closeness.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.pawprints.closeness.domain.CheckIn;

/** One week's check-in as a page shows it. A partner's shared check-in never carries the note. */
public final class CheckInView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LocalDate weekStart;
  private final int rating;
  private final String note;

  private CheckInView(LocalDate weekStart, int rating, String note) {
    this.weekStart = weekStart;
    this.rating = rating;
    this.note = note;
  }

  public static CheckInView mine(CheckIn checkIn) {
    return new CheckInView(checkIn.getWeekStart(), checkIn.getRating(), checkIn.getNote());
  }

  /** What a partner may see of a shared check-in: the week and the rating, not the note. */
  public static CheckInView withoutNote(CheckIn checkIn) {
    return new CheckInView(checkIn.getWeekStart(), checkIn.getRating(), "");
  }

  /** The Monday of the check-in's week. */
  public LocalDate getWeekStart() {
    return weekStart;
  }

  public int getRating() {
    return rating;
  }

  public String getNote() {
    return note;
  }
}
