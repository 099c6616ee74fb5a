package org.pawprints.live.domain;

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

/** A question a participant sent to the facilitator during a session, named or anonymous. */
@Entity
@Table(name = "live_question")
@NamedQuery(
    name = "LiveQuestion.ofSession",
    query = "SELECT q FROM LiveQuestion q WHERE q.sessionId = :session ORDER BY q.askedAt, q.id")
@NamedQuery(
    name = "LiveQuestion.mineSince",
    query =
        "SELECT COUNT(q) FROM LiveQuestion q WHERE q.sessionId = :session"
            + " AND q.personId = :person AND q.askedAt > :since")
public class LiveQuestion {

  public static final int MAX_TEXT = 280;

  @Id
  @SequenceGenerator(
      name = "live_question_seq",
      sequenceName = "live_question_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_question_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(nullable = false)
  private boolean anonymous;

  @Column(nullable = false, length = 500)
  private String content;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private QuestionState state;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  protected LiveQuestion() {}

  public LiveQuestion(
      long sessionId, long personId, boolean anonymous, String content, Instant now) {
    this.sessionId = sessionId;
    this.personId = personId;
    this.anonymous = anonymous;
    this.content = content;
    this.state = QuestionState.PENDING;
    this.askedAt = now;
  }

  public void moveTo(QuestionState target) {
    this.state = target;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public Long getPersonId() {
    return personId;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public String getContent() {
    return content;
  }

  public QuestionState getState() {
    return state;
  }

  public Instant getAskedAt() {
    return askedAt;
  }
}
