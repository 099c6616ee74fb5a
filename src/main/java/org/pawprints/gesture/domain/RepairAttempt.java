package org.pawprints.gesture.domain;

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
import java.time.Instant;

/** A repair attempt and how it landed. Only its author ever reads it. */
@Entity
@Table(name = "repair_attempt")
@NamedQuery(
    name = "RepairAttempt.mine",
    query =
        "SELECT r FROM RepairAttempt r WHERE r.personId = :person"
            + " ORDER BY r.loggedAt DESC, r.id DESC")
@NamedQuery(
    name = "RepairAttempt.bySubmission",
    query =
        "SELECT r FROM RepairAttempt r WHERE r.personId = :person AND r.submission = :submission")
@NamedQuery(
    name = "RepairAttempt.countSince",
    query =
        "SELECT COUNT(r) FROM RepairAttempt r WHERE r.personId = :person AND r.loggedAt >= :since")
public class RepairAttempt {

  public static final int WORDS_MAX = 280;

  @Id
  @SequenceGenerator(
      name = "repair_attempt_seq",
      sequenceName = "repair_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "repair_attempt_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RepairKind kind;

  @Column(name = "own_words", length = WORDS_MAX)
  private String ownWords;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RepairOutcome outcome;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  @Column(nullable = false, length = 40)
  private String submission;

  protected RepairAttempt() {}

  public RepairAttempt(
      long personId,
      RepairKind kind,
      String ownWords,
      RepairOutcome outcome,
      String submission,
      Instant now) {
    this.personId = personId;
    this.kind = kind;
    this.ownWords = ownWords;
    this.outcome = outcome;
    this.submission = submission;
    this.loggedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public RepairKind getKind() {
    return kind;
  }

  /** My own words, or null when a listed kind says it. */
  public String getOwnWords() {
    return ownWords;
  }

  public RepairOutcome getOutcome() {
    return outcome;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
