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

/**
 * One moment of between-session practice for steps 1, 5 or 7: a gentle start-up tried, a promise
 * kept, a course correction made. Private to its author.
 */
@Entity
@Table(name = "practice_moment")
@NamedQuery(
    name = "PracticeMoment.mine",
    query =
        "SELECT m FROM PracticeMoment m WHERE m.personId = :person AND m.kind = :kind"
            + " ORDER BY m.loggedAt DESC, m.id DESC")
@NamedQuery(
    name = "PracticeMoment.all",
    query = "SELECT m FROM PracticeMoment m WHERE m.personId = :person ORDER BY m.loggedAt DESC")
@NamedQuery(
    name = "PracticeMoment.bySubmission",
    query =
        "SELECT m FROM PracticeMoment m WHERE m.personId = :person AND m.submission = :submission")
@NamedQuery(
    name = "PracticeMoment.countSince",
    query =
        "SELECT COUNT(m) FROM PracticeMoment m WHERE m.personId = :person AND m.kind = :kind"
            + " AND m.loggedAt >= :since")
public class PracticeMoment {

  public static final int NOTE_MAX = 280;

  @Id
  @SequenceGenerator(
      name = "practice_moment_seq",
      sequenceName = "practice_moment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_moment_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private MomentKind kind;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(name = "logged_at", nullable = false)
  private Instant loggedAt;

  @Column(nullable = false, length = 40)
  private String submission;

  protected PracticeMoment() {}

  public PracticeMoment(
      long personId, MomentKind kind, String note, String submission, Instant now) {
    this.personId = personId;
    this.kind = kind;
    this.note = note;
    this.submission = submission;
    this.loggedAt = now;
  }

  public Long getId() {
    return id;
  }

  public MomentKind getKind() {
    return kind;
  }

  /** The optional short note, or null. */
  public String getNote() {
    return note;
  }

  public Instant getLoggedAt() {
    return loggedAt;
  }
}
