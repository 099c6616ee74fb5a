package org.pawprints.identity.domain;

import java.time.Duration;

/**
 * How long sign-in waits after repeated failures: free tries first, then a wait that doubles with
 * each further failure, up to a ceiling.
 */
public record LoginThrottlePolicy(int freeAttempts, Duration firstWait, Duration longestWait) {

  public static final LoginThrottlePolicy DEFAULT =
      new LoginThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofHours(1));

  /** Counts without ever waiting. */
  public static final LoginThrottlePolicy NONE =
      new LoginThrottlePolicy(Integer.MAX_VALUE, Duration.ZERO, Duration.ZERO);

  public Duration waitAfter(int failures) {
    if (failures < freeAttempts) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeAttempts, 20);
    Duration wait = firstWait.multipliedBy(1L << doublings);
    return wait.compareTo(longestWait) > 0 ? longestWait : wait;
  }
}
