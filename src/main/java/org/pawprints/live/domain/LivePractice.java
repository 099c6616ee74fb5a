package org.pawprints.live.domain;

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
 * "This week's practice", sent from a live session to its cohort: the step's module to practise
 * with and an optional short word from the facilitator. The newest one of a cohort is the one its
 * participants see.
 */
@Entity
@Table(name = "live_practice")
@NamedQuery(
    name = "LivePractice.ofCohorts",
    query =
        "SELECT p FROM LivePractice p WHERE p.cohortId IN :cohorts ORDER BY p.sentAt DESC, p.id"
            + " DESC")
public class LivePractice {

  public static final int MAX_NOTE = 500;

  @Id
  @SequenceGenerator(
      name = "live_practice_seq",
      sequenceName = "live_practice_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_practice_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "step_slug", nullable = false, length = 100)
  private String stepSlug;

  @Column(length = MAX_NOTE)
  private String note;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected LivePractice() {}

  public LivePractice(long cohortId, long sessionId, String stepSlug, String note, Instant now) {
    this.cohortId = cohortId;
    this.sessionId = sessionId;
    this.stepSlug = stepSlug;
    this.note = note;
    this.sentAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getStepSlug() {
    return stepSlug;
  }

  public String getNote() {
    return note;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
