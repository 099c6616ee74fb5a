package org.pawprints.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, without a server: who is paused, for how long, and when not. */
class SignInThrottleTest {

  private static final Instant NOW = Instant.parse("2026-12-02T20:00:00Z");

  private final SignInThrottle throttle = new SignInThrottle();

  @Test
  void fiveFailuresPauseOnlyThatEmailFromThatAddress() {
    for (int i = 1; i <= 4; i++) {
      assertTrue(throttle.failed("ana@x.ca", "stranger", NOW).isEmpty(), "free try " + i);
    }
    assertEquals(
        Optional.of(NOW.plus(Duration.ofMinutes(1))), throttle.failed("ana@x.ca", "stranger", NOW));
    assertTrue(throttle.pausedUntil("ana@x.ca", "stranger", NOW).isPresent());
    assertTrue(throttle.pausedUntil("ana@x.ca", "home", NOW).isEmpty(), "the owner, elsewhere");
    assertTrue(throttle.pausedUntil("bo@x.ca", "stranger", NOW).isEmpty(), "another email");
    assertEquals(
        Optional.of(NOW.plus(Duration.ofMinutes(2))), throttle.failed("ana@x.ca", "stranger", NOW));
  }

  @Test
  void aResetEndsEveryPauseOfTheEmail() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("ana@x.ca", "a", NOW);
      throttle.failed("ana@x.ca", "b", NOW);
    }
    throttle.unlock("ana@x.ca");
    assertTrue(throttle.pausedUntil("ana@x.ca", "a", NOW).isEmpty());
    assertTrue(throttle.pausedUntil("ana@x.ca", "b", NOW).isEmpty());
  }

  @Test
  void aBusyAddressGivesNewEmailsTwoTriesAndNeverPausesTheOthers() {
    for (int i = 0; i <= SignInThrottle.BUSY_ADDRESS_FAILURES; i++) {
      throttle.failed("guess" + i + "@x.ca", "wifi", NOW);
    }
    assertTrue(throttle.pausedUntil("neighbour@x.ca", "wifi", NOW).isEmpty());
    assertTrue(throttle.failed("next@x.ca", "wifi", NOW).isEmpty());
    assertEquals(
        Optional.of(NOW.plus(Duration.ofMinutes(1))), throttle.failed("next@x.ca", "wifi", NOW));
  }

  @Test
  void anEmailKeepsTheRuleOfItsFirstFailureSoItsWaitNeverJumps() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("early@x.ca", "wifi", NOW);
    }
    for (int i = 0; i <= SignInThrottle.BUSY_ADDRESS_FAILURES; i++) {
      throttle.failed("guess" + i + "@x.ca", "wifi", NOW);
    }
    assertTrue(throttle.failed("early@x.ca", "wifi", NOW).isEmpty(), "its fourth try is free");
    assertEquals(
        Optional.of(NOW.plus(Duration.ofMinutes(1))), throttle.failed("early@x.ca", "wifi", NOW));
  }

  @Test
  void failuresAreForgottenAnHourLater() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("ana@x.ca", "a", NOW);
    }
    Instant later = NOW.plus(Duration.ofMinutes(61));
    assertFalse(throttle.pausedUntil("ana@x.ca", "a", later).isPresent());
    assertTrue(throttle.failed("ana@x.ca", "a", later).isEmpty(), "counting starts again");
  }

  @Test
  void aWaitIsToldInWholeMinutesRoundedUp() {
    assertEquals(1, SignInThrottle.minutesLeft(NOW.plusSeconds(5), NOW));
    assertEquals(1, SignInThrottle.minutesLeft(NOW.plusSeconds(60), NOW));
    assertEquals(2, SignInThrottle.minutesLeft(NOW.plusSeconds(61), NOW));
    assertEquals(1, SignInThrottle.minutesLeft(NOW.minusSeconds(1), NOW));
  }
}
