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

/**
 * One try at a module's quiz. Questions and options appear in an order drawn from the attempt's
 * seed, so each retake is shuffled anew and a reload shows the same order. Every attempt is kept.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = "QuizAttempt.mine",
    query =
        "SELECT a FROM QuizAttempt a WHERE a.personId = :person AND a.stepSlug = :step"
            + " ORDER BY a.id DESC")
public class QuizAttempt {

  @Id
  @SequenceGenerator(
      name = "quiz_attempt_seq",
      sequenceName = "quiz_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
  private Long id;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "step_slug", nullable = false, length = 80)
  private String stepSlug;

  @Column(name = "shuffle_seed", nullable = false)
  private long shuffleSeed;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(name = "correct_count")
  private Integer correctCount;

  @Column(name = "pass_percent", nullable = false)
  private int passPercent;

  private Boolean passed;

  /** Sum of the responses' credit (100 a question); null on attempts finished before V135. */
  @Column(name = "credit_total")
  private Integer creditTotal;

  @Version private long version;

  protected QuizAttempt() {}

  public QuizAttempt(
      long personId, String stepSlug, long shuffleSeed, int questionCount, int passPercent) {
    this.personId = personId;
    this.stepSlug = stepSlug;
    this.shuffleSeed = shuffleSeed;
    this.questionCount = questionCount;
    this.passPercent = passPercent;
    this.startedAt = Instant.now();
  }

  /**
   * Scores the attempt once; finishing again changes nothing. The pass mark is read against the
   * credit, so a "choose all that apply" question half right counts half.
   */
  public void finish(int correct, int credit) {
    if (finishedAt != null) {
      return;
    }
    finishedAt = Instant.now();
    correctCount = correct;
    creditTotal = credit;
    passed = QuizScore.passes(credit, questionCount * 100, passPercent);
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

  public long getShuffleSeed() {
    return shuffleSeed;
  }

  public boolean isFinished() {
    return finishedAt != null;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public Integer getCorrectCount() {
    return correctCount;
  }

  public int getPassPercent() {
    return passPercent;
  }

  public boolean isPassed() {
    return Boolean.TRUE.equals(passed);
  }

  public int getScorePercent() {
    if (creditTotal != null) {
      return QuizScore.percent(creditTotal, questionCount * 100);
    }
    return correctCount == null ? 0 : QuizScore.percent(correctCount, questionCount);
  }
}
