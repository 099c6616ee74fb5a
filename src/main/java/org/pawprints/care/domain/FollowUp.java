package org.pawprints.care.domain;

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
import java.time.Instant;

/**
 * One item on a cohort's follow-up list: check in privately with one person, or with one couple,
 * for a reason. Open until a facilitator marks it done (with a private note that only the cohort's
 * facilitators and administrators read); it may be reopened. While open it carries an {@code
 * openKey}, unique per cohort, so one person (or couple) has at most one open item per reason.
 */
@Entity
@Table(name = "care_follow_up")
@NamedQuery(
    name = "FollowUp.openOfCohort",
    query =
        "SELECT f FROM FollowUp f WHERE f.cohortId = :cohort AND f.doneAt IS NULL"
            + " ORDER BY f.openedAt, f.id")
@NamedQuery(
    name = "FollowUp.doneOfCohort",
    query =
        "SELECT f FROM FollowUp f WHERE f.cohortId = :cohort AND f.doneAt IS NOT NULL"
            + " ORDER BY f.doneAt DESC, f.id DESC")
@NamedQuery(
    name = "FollowUp.openWithKey",
    query = "SELECT f FROM FollowUp f WHERE f.cohortId = :cohort AND f.openKey = :key")
@NamedQuery(
    name = "FollowUp.aboutPerson",
    query = "SELECT f FROM FollowUp f WHERE f.personId = :person ORDER BY f.openedAt, f.id")
public class FollowUp {

  public static final int MAX_NOTE = 1000;

  @Id
  @SequenceGenerator(
      name = "care_follow_up_seq",
      sequenceName = "care_follow_up_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_follow_up_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private long cohortId;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "couple_id")
  private Long coupleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private FollowUpReason reason;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private Long doneBy;

  @Column(length = MAX_NOTE)
  private String note;

  @Column(name = "open_key", length = 80)
  private String openKey;

  @Version private long version;

  protected FollowUp() {}

  private FollowUp(long cohortId, Long personId, Long coupleId, FollowUpReason reason, Instant at) {
    this.cohortId = cohortId;
    this.personId = personId;
    this.coupleId = coupleId;
    this.reason = reason;
    this.openedAt = at;
    this.openKey = key(personId, coupleId, reason);
  }

  public static FollowUp aboutPerson(
      long cohortId, long personId, FollowUpReason reason, Instant at) {
    return new FollowUp(cohortId, personId, null, reason, at);
  }

  public static FollowUp aboutCouple(
      long cohortId, long coupleId, FollowUpReason reason, Instant at) {
    return new FollowUp(cohortId, null, coupleId, reason, at);
  }

  /** The key an open item about this person (or couple) for this reason holds. */
  public static String key(Long personId, Long coupleId, FollowUpReason reason) {
    return (personId != null ? "p" + personId : "c" + coupleId) + ":" + reason.name();
  }

  /** Done, by this facilitator, with their private note (blank for none). */
  public void markDone(long by, String privateNote, Instant at) {
    doneAt = at;
    doneBy = by;
    note = privateNote;
    openKey = null;
  }

  /** Cleared by the feature that opened it (the reason went away), by nobody, without a note. */
  public void clear(Instant at) {
    doneAt = at;
    doneBy = null;
    openKey = null;
  }

  /** Open again (the note stays, for whoever checks in next). */
  public void reopen(Instant at) {
    doneAt = null;
    doneBy = null;
    openedAt = at;
    openKey = key(personId, coupleId, reason);
  }

  public boolean isOpen() {
    return doneAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getCohortId() {
    return cohortId;
  }

  public Long getPersonId() {
    return personId;
  }

  public Long getCoupleId() {
    return coupleId;
  }

  public FollowUpReason getReason() {
    return reason;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public Long getDoneBy() {
    return doneBy;
  }

  public String getNote() {
    return note == null ? "" : note;
  }
}
