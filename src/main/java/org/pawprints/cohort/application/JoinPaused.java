package org.pawprints.cohort.application;

import org.pawprints.cohort.domain.CohortProblem;

/** Too many refused joins from this email and address: the page says how many minutes to wait. */
public class JoinPaused extends CohortProblem {

  private static final long serialVersionUID = 1L;

  private final long minutes;

  public JoinPaused(long minutes) {
    super("join.throttled");
    this.minutes = minutes;
  }

  public long minutes() {
    return minutes;
  }
}
