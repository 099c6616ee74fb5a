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
 * One partner's private answer to a couple exercise: kept while they write (in progress), marked
 * done when they are ready for the reveal. Only its author, and their partner once both are done,
 * ever read the text.
 */
@Entity
@Table(name = "live_exercise_answer")
@NamedQuery(
    name = "LiveExerciseAnswer.ofActivity",
    query = "SELECT a FROM LiveExerciseAnswer a WHERE a.activityId = :activity")
@NamedQuery(
    name = "LiveExerciseAnswer.mine",
    query =
        "SELECT a FROM LiveExerciseAnswer a WHERE a.activityId = :activity AND a.personId ="
            + " :person")
public class LiveExerciseAnswer {

  public static final int MAX_TEXT = 2000;

  @Id
  @SequenceGenerator(
      name = "live_exercise_answer_seq",
      sequenceName = "live_couple_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_exercise_answer_seq")
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(length = MAX_TEXT)
  private String content;

  @Column(nullable = false)
  private boolean done;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LiveExerciseAnswer() {}

  public LiveExerciseAnswer(long activityId, long personId, Instant now) {
    this.activityId = activityId;
    this.personId = personId;
    this.updatedAt = now;
  }

  public void write(String text, boolean finished, Instant now) {
    this.content = text;
    this.done = finished;
    this.updatedAt = now;
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

  public boolean isDone() {
    return done;
  }
}
