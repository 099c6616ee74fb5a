package org.pawprints.outcomes.domain;

/** When in a cohort's life a questionnaire is answered. */
public enum Wave {
  /** In the cohort's first weeks. */
  START,
  /** Around the cohort's end date. */
  END,
  /** Some months after the end, reached by a mailed link (or the dashboard). */
  FOLLOW_UP
}
