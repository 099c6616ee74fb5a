package org.pawprints.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An earlier version of an answer, kept when the participant edits it. */
@Entity
@Table(name = "answer_revision")
public class AnswerRevision {

  @Id
  @SequenceGenerator(
      name = "answer_revision_seq",
      sequenceName = "answer_revision_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_revision_seq")
  private Long id;

  @Column(name = "answer_id", nullable = false)
  private long answerId;

  @Column(nullable = false)
  private String content;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected AnswerRevision() {}

  public AnswerRevision(long answerId, String content, Instant savedAt) {
    this.answerId = answerId;
    this.content = content;
    this.savedAt = savedAt;
  }

  public AnswerContent content() {
    return AnswerContent.fromJson(content);
  }
}
