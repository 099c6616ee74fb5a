package org.pawprints.ritual.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "I did this ritual on this day", by one person. The ritual is a suggestion id of the ritual
 * planner, or {@link #CUSTOM} for the person's own ritual. At most one per person, ritual and day
 * (a unique key), so a double tap counts once.
 */
@Entity
@Table(name = "ritual_tick")
@NamedQuery(
    name = "RitualTick.of",
    query = "SELECT t FROM RitualTick t WHERE t.personId = :person ORDER BY t.doneOn, t.ritualKey")
@NamedQuery(
    name = "RitualTick.find",
    query =
        "SELECT t FROM RitualTick t WHERE t.personId = :person AND t.ritualKey = :ritual"
            + " AND t.doneOn = :day")
public class RitualTick {

  /** The key of a person's own ritual, written in the planner's free-text field. */
  public static final String CUSTOM = "custom";

  @Id
  @SequenceGenerator(
      name = "ritual_tick_seq",
      sequenceName = "ritual_tick_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ritual_tick_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "ritual_key", nullable = false, length = 80)
  private String ritualKey;

  @Column(name = "done_on", nullable = false)
  private LocalDate doneOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RitualTick() {}

  public RitualTick(long personId, String ritualKey, LocalDate doneOn) {
    this.personId = personId;
    this.ritualKey = ritualKey;
    this.doneOn = doneOn;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public String getRitualKey() {
    return ritualKey;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
