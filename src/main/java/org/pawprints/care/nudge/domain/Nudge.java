package org.pawprints.care.nudge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One nudge sent to one participant of a cohort for one reason. It stays open while nothing
 * changes; after the cohort's M days it is followed up (the facilitator's list gets an item) and it
 * closes when the person is active again (or the rule no longer applies). At most one is open per
 * person and reason: {@code open_key} is unique in the cohort and cleared on closing.
 */
@Entity
@Table(name = "care_nudge")
@NamedQuery(
    name = "Nudge.openInCohort",
    query =
        "SELECT n FROM Nudge n WHERE n.cohortId = :cohort AND n.closedAt IS NULL"
            + " ORDER BY n.id")
// Each person's and reason's latest nudge, its time selected rather than MAX of it: PostgreSQL
// hands an aggregate back as a bare Timestamp, which the Instant converter refuses.
@NamedQuery(
    name = "Nudge.lastSentInCohort",
    query =
        "SELECT n.personId, n.reason, n.nudgedAt FROM Nudge n WHERE n.cohortId = :cohort"
            + " AND n.nudgedAt = (SELECT MAX(m.nudgedAt) FROM Nudge m WHERE m.cohortId = n.cohortId"
            + " AND m.personId = n.personId AND m.reason = n.reason)")
@NamedQuery(
    name = "Nudge.ofPerson",
    query = "SELECT n FROM Nudge n WHERE n.personId = :person ORDER BY n.nudgedAt, n.id")
@NamedQuery(name = "Nudge.eraseOf", query = "DELETE FROM Nudge n WHERE n.personId = :person")
public class Nudge {

  @Id
  @SequenceGenerator(name = "care_nudge_seq", sequenceName = "care_nudge_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_nudge_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NudgeReason reason;

  @Column(name = "seen_activity_at")
  private Instant seenActivityAt;

  @Column(name = "nudged_at", nullable = false)
  private Instant nudgedAt;

  @Column(name = "followed_up_at")
  private Instant followedUpAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "open_key", length = 60)
  private String openKey;

  @Version private long version;

  protected Nudge() {}

  /** A nudge sent {@code now}; {@code seenActivityAt} is the latest activity known then. */
  public Nudge(
      long cohortId, long personId, NudgeReason reason, Instant seenActivityAt, Instant now) {
    this.cohortId = cohortId;
    this.personId = personId;
    this.reason = reason;
    this.seenActivityAt = seenActivityAt;
    this.nudgedAt = now;
    this.openKey = personId + ":" + reason.name();
  }

  /** Something happened after the nudge: activity (or a check-in) later than the one it saw. */
  public boolean changedSince(Instant latest) {
    return latest != null && (seenActivityAt == null || latest.isAfter(seenActivityAt));
  }

  /** Still open, not yet followed up, and sent at least {@code followUpAfter} before now. */
  public boolean dueForFollowUp(Duration followUpAfter, Instant now) {
    return isOpen() && followedUpAt == null && !nudgedAt.plus(followUpAfter).isAfter(now);
  }

  public void followedUp(Instant now) {
    this.followedUpAt = now;
  }

  public void close(Instant now) {
    this.closedAt = now;
    this.openKey = null;
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getCohortId() {
    return cohortId;
  }

  public long getPersonId() {
    return personId;
  }

  public NudgeReason getReason() {
    return reason;
  }

  public Instant getSeenActivityAt() {
    return seenActivityAt;
  }

  public Instant getNudgedAt() {
    return nudgedAt;
  }

  public Instant getFollowedUpAt() {
    return followedUpAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
