package org.pawprints.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import org.pawprints.platform.time.ServerClock;

/**
 * For in-container tests only: the server's clock, moved forward by the test (a week of silence in
 * a second). Only code that asks {@link ServerClock} sees it; records stamped with {@code
 * Instant.now()} keep real time. Tests put it back with {@link #reset()} after each test.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends ServerClock {

  private static volatile Duration ahead = Duration.ZERO;

  public static void moveForward(Duration by) {
    ahead = ahead.plus(by);
  }

  public static void moveForwardDays(int days) {
    moveForward(Duration.ofDays(days));
  }

  public static void reset() {
    ahead = Duration.ZERO;
  }

  @Override
  public Clock clock() {
    return Clock.offset(Clock.systemUTC(), ahead);
  }
}
