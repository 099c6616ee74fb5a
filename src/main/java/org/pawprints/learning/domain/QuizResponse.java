package org.pawprints.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The answer to one question within one attempt; final once given. */
@Entity
@Table(name = "quiz_response")
@NamedQuery(
    name = "QuizResponse.ofAttempt",
    query = "SELECT r FROM QuizResponse r WHERE r.attemptId = :attempt ORDER BY r.id")
public class QuizResponse {

  @Id
  @SequenceGenerator(
      name = "quiz_response_seq",
      sequenceName = "quiz_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_response_seq")
  private Long id;

  @Column(name = "attempt_id", nullable = false)
  private long attemptId;

  @Column(name = "question_id", nullable = false, length = 80)
  private String questionId;

  @Column(nullable = false, length = 500)
  private String picked;

  @Column(nullable = false)
  private boolean correct;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  /** The share of the question earned, 0 to 100 (partial credit); null on responses before V135. */
  private Integer credit;

  protected QuizResponse() {}

  public QuizResponse(
      long attemptId, String questionId, List<String> picked, boolean correct, int credit) {
    this.attemptId = attemptId;
    this.questionId = questionId;
    this.picked = String.join(",", picked);
    this.correct = correct;
    this.credit = credit;
    this.answeredAt = Instant.now();
  }

  public String getQuestionId() {
    return questionId;
  }

  public List<String> picked() {
    return picked.isEmpty() ? List.of() : Arrays.asList(picked.split(","));
  }

  public boolean isCorrect() {
    return correct;
  }

  /**
   * The share of the question earned, 0 to 100; a response older than partial credit is all or
   * nothing.
   */
  public int getCredit() {
    if (credit != null) {
      return credit;
    }
    return correct ? 100 : 0;
  }

  /** Some of the right options and few wrong ones: not all right, but not nothing either. */
  public boolean isPartlyRight() {
    return !correct && getCredit() > 0;
  }
}
