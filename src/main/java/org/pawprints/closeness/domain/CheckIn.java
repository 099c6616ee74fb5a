package org.pawprints.closeness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How close one person felt in one week (named by its Monday), 1 to 10, with an optional note. One
 * per person and week (a unique key): checking in again that week replaces it. The note is kept
 * exactly as typed; escaping is the page's job, and it is never logged.
 */
@Entity
@Table(name = "closeness_check_in")
@NamedQuery(
    name = "CheckIn.of",
    query = "SELECT c FROM CheckIn c WHERE c.personId = :person ORDER BY c.weekStart")
@NamedQuery(
    name = "CheckIn.ofWeek",
    query = "SELECT c FROM CheckIn c WHERE c.personId = :person AND c.weekStart = :week")
public class CheckIn {

  @Id
  @SequenceGenerator(
      name = "closeness_check_in_seq",
      sequenceName = "closeness_check_in_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "closeness_check_in_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "week_start", nullable = false)
  private LocalDate weekStart;

  @Column(nullable = false)
  private int rating;

  @Column(length = CheckInRules.MAX_NOTE)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CheckIn() {}

  public CheckIn(long personId, LocalDate weekStart, int rating, String note) {
    this.personId = personId;
    this.weekStart = weekStart;
    this.rating = rating;
    this.note = note;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** This week's check-in, said again: the new rating and note replace the old ones. */
  public void replace(int newRating, String newNote) {
    rating = newRating;
    note = newNote;
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public int getRating() {
    return rating;
  }

  /** The note, or an empty string. */
  public String getNote() {
    return note == null ? "" : note;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
