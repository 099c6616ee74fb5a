package org.pawprints.reporting.application;

import java.io.Serializable;

/**
 * One module's counts in one cohort. A couples count is null when the cohort has too few couples
 * for a number that would not point at one couple.
 */
public final class ModuleCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int stepNumber;
  private final String slug;
  private final String title;
  private final long started;
  private final long completed;
  private final long quizPassed;
  private final long answeredShared;
  private final Long couplesRevealed;

  ModuleCounts(
      int stepNumber,
      String slug,
      String title,
      long started,
      long completed,
      long quizPassed,
      long answeredShared,
      Long couplesRevealed) {
    this.stepNumber = stepNumber;
    this.slug = slug;
    this.title = title;
    this.started = started;
    this.completed = completed;
    this.quizPassed = quizPassed;
    this.answeredShared = answeredShared;
    this.couplesRevealed = couplesRevealed;
  }

  public int getStepNumber() {
    return stepNumber;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public long getStarted() {
    return started;
  }

  public long getCompleted() {
    return completed;
  }

  public long getQuizPassed() {
    return quizPassed;
  }

  public long getAnsweredShared() {
    return answeredShared;
  }

  public Long getCouplesRevealed() {
    return couplesRevealed;
  }
}
