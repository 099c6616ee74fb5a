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

/**
 * One person's answer to one activity: chosen option indexes ("0,2"), a number from 1 to 10, or a
 * short text. One row per person per activity (a unique key); answering again changes it.
 */
@Entity
@Table(name = "live_answer")
@NamedQuery(
    name = "LiveAnswer.mine",
    query = "SELECT a FROM LiveAnswer a WHERE a.activityId = :activity AND a.personId = :person")
@NamedQuery(
    name = "LiveAnswer.ofActivity",
    query = "SELECT a FROM LiveAnswer a WHERE a.activityId = :activity ORDER BY a.answeredAt, a.id")
@NamedQuery(
    name = "LiveAnswer.count",
    query = "SELECT COUNT(a) FROM LiveAnswer a WHERE a.activityId = :activity")
@NamedQuery(
    name = "LiveAnswer.ofPerson",
    query = "SELECT a FROM LiveAnswer a WHERE a.personId = :person")
public class LiveAnswer {

  public static final int MAX_TEXT = 280;

  @Id
  @SequenceGenerator(
      name = "live_answer_seq",
      sequenceName = "live_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_answer_seq")
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(nullable = false, length = 500)
  private String content;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Moderation moderation;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected LiveAnswer() {}

  public LiveAnswer(long activityId, long personId, String content, Instant now) {
    this.activityId = activityId;
    this.personId = personId;
    change(content, now);
  }

  /** A changed answer; an open answer goes back to the facilitator for approval. */
  public final void change(String newContent, Instant now) {
    this.content = newContent;
    this.moderation = Moderation.PENDING;
    this.answeredAt = now;
  }

  public void moderate(Moderation decision) {
    this.moderation = decision;
  }

  public Long getId() {
    return id;
  }

  public Long getActivityId() {
    return activityId;
  }

  public Long getPersonId() {
    return personId;
  }

  public String getContent() {
    return content;
  }

  public Moderation getModeration() {
    return moderation;
  }
}
