package org.pawprints.cohort.application;

import org.pawprints.platform.refusal.Refusal;

/**
 * Too many refused joins from this email and address: the page says how many minutes to wait (the
 * message's one argument).
 */
public class JoinPaused extends Refusal {

  private static final long serialVersionUID = 1L;

  private final long minutes;

  public JoinPaused(long minutes) {
    super("join.throttled", minutes);
    this.minutes = minutes;
  }

  public long minutes() {
    return minutes;
  }
}
