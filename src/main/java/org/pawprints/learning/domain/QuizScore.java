package org.pawprints.learning.domain;

/** Quiz arithmetic: a whole-number percentage, and passing at or above the pass mark. */
public final class QuizScore {

  private QuizScore() {}

  public static int percent(int correct, int total) {
    if (total <= 0) {
      return 0;
    }
    return Math.round(100f * correct / total);
  }

  /** Passed when correct / total reaches the pass mark, compared exactly (no rounding up). */
  public static boolean passes(int correct, int total, int passPercent) {
    return total > 0 && correct * 100 >= passPercent * total;
  }
}
