package org.pawprints.reporting.application;

import java.io.Serializable;

/**
 * One module's counts in one cohort, each as {@link ShownCount} decides: exact, a range, or (for
 * couples in a cohort with too few couples) withheld.
 */
public final class ModuleCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int stepNumber;
  private final String slug;
  private final String title;
  private final ShownCount started;
  private final ShownCount completed;
  private final ShownCount quizPassed;
  private final ShownCount answeredShared;
  private final ShownCount couplesRevealed;

  ModuleCounts(
      int stepNumber,
      String slug,
      String title,
      ShownCount started,
      ShownCount completed,
      ShownCount quizPassed,
      ShownCount answeredShared,
      ShownCount couplesRevealed) {
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

  public ShownCount getStarted() {
    return started;
  }

  public ShownCount getCompleted() {
    return completed;
  }

  public ShownCount getQuizPassed() {
    return quizPassed;
  }

  public ShownCount getAnsweredShared() {
    return answeredShared;
  }

  public ShownCount getCouplesRevealed() {
    return couplesRevealed;
  }
}
