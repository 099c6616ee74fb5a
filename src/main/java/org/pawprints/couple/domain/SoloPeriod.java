package org.pawprints.couple.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stretch a person spent on the individual track (issue 15): couple features paused for them
 * from {@code startedAt} until {@code endedAt} (open while it lasts). What they marked done in a
 * stretch stays theirs, even after they switch back.
 */
@Entity
@Table(name = "couple_solo_period")
@NamedQuery(
    name = "SoloPeriod.of",
    query = "SELECT s FROM SoloPeriod s WHERE s.personId = :person ORDER BY s.startedAt")
public class SoloPeriod {

  @Id
  @SequenceGenerator(
      name = "couple_solo_period_seq",
      sequenceName = "couple_solo_period_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "couple_solo_period_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  // Unique while open: one open stretch per person, whatever two tabs do.
  @Column(name = "open_person")
  private Long openPerson;

  protected SoloPeriod() {}

  public SoloPeriod(long personId, Instant startedAt) {
    this.personId = personId;
    this.startedAt = startedAt;
    this.openPerson = personId;
  }

  public void end(Instant at) {
    endedAt = at;
    openPerson = null;
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  /** Whether this moment falls in the stretch. */
  public boolean covers(Instant moment) {
    return !moment.isBefore(startedAt) && (endedAt == null || moment.isBefore(endedAt));
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
