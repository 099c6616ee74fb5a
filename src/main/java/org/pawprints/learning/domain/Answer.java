package org.pawprints.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A participant's answer to one exercise of one module. It belongs to its author: only the author's
 * own queries ever load it (see {@code Answers}). Each save keeps the previous text as a revision.
 *
 * <p>It holds two versions: the working draft ({@link #content()}, what autosave keeps and only the
 * author sees) and the version its author last marked done ({@link #done()}), the only one anyone
 * else may ever be shown. Edits after "done" stay in the draft until the author marks it done
 * again.
 */
@Entity
@Table(name = "answer")
@NamedQuery(
    name = "Answer.mine",
    query = "SELECT a FROM Answer a WHERE a.personId = :person AND a.stepSlug = :step")
@NamedQuery(
    name = "Answer.mineFor",
    query =
        "SELECT a FROM Answer a WHERE a.personId = :person AND a.stepSlug = :step"
            + " AND a.exerciseId = :exercise")
public class Answer {

  @Id
  @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "step_slug", nullable = false, length = 80)
  private String stepSlug;

  @Column(name = "exercise_id", nullable = false, length = 80)
  private String exerciseId;

  @Column(nullable = false)
  private String content;

  @Column(name = "done_content")
  private String doneContent;

  @Column(name = "done_at")
  private Instant doneAt;

  /**
   * The cohort it was last marked done in: only that cohort's couple and facilitators may be
   * granted it.
   */
  @Column(name = "cohort_id")
  private Long cohortId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "erased_complete", nullable = false)
  private boolean erasedComplete;

  @Version private long version;

  protected Answer() {}

  public Answer(long personId, String stepSlug, String exerciseId, AnswerContent content) {
    this.personId = personId;
    this.stepSlug = stepSlug;
    this.exerciseId = exerciseId;
    this.content = content.toJson();
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Replaces the content; returns the previous one, for the revision history. */
  public String revise(AnswerContent replacement) {
    String previous = content;
    content = replacement.toJson();
    updatedAt = Instant.now();
    return previous;
  }

  /** The author finished it: the draft as it is now becomes the version others may see. */
  public void markDone() {
    doneContent = content;
    doneAt = Instant.now();
  }

  /** When it was last marked done, or null: what the individual track keeps from the partner. */
  public Instant getDoneAt() {
    return doneAt;
  }

  /** The version last marked done, if any: what a partner or facilitator may be shown. */
  public Optional<AnswerContent> done() {
    return Optional.ofNullable(doneContent).map(AnswerContent::fromJson);
  }

  /** Whether the draft differs from the version last marked done (or none was marked done). */
  public boolean hasChangesSinceDone() {
    return doneContent == null || !doneContent.equals(content);
  }

  /** Records the cohort the author gives it in now, on "Done" (their current cohort, or none). */
  public void givenIn(Long cohort) {
    this.cohortId = cohort;
  }

  public Long getCohortId() {
    return cohortId;
  }

  /**
   * The author was erased: the words go, and only whether the answer was complete stays, so that a
   * facilitator's counts do not drop.
   */
  public void eraseWords(boolean wasComplete) {
    content = AnswerContent.EMPTY.toJson();
    doneContent = null;
    doneAt = null;
    erasedComplete = wasComplete;
    updatedAt = Instant.now();
  }

  public boolean isErasedComplete() {
    return erasedComplete;
  }

  public Long getId() {
    return id;
  }

  public long getPersonId() {
    return personId;
  }

  public String getStepSlug() {
    return stepSlug;
  }

  public String getExerciseId() {
    return exerciseId;
  }

  public AnswerContent content() {
    return AnswerContent.fromJson(content);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
