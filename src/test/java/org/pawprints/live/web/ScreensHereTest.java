package org.pawprints.live.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScreensHereTest {

  private final ScreensHere screens = new ScreensHere();

  @Test
  void aScreenSaysHereOnceInEachPeriod() {
    assertTrue(screens.due(1, 7, 1_000, 10_000), "the first time");
    assertFalse(screens.due(1, 7, 5_000, 10_000), "4 s later");
    assertFalse(screens.due(1, 7, 10_999, 10_000), "just under 10 s later");
    assertTrue(screens.due(1, 7, 11_000, 10_000), "10 s after it last said it");
    assertFalse(screens.due(1, 7, 12_000, 10_000));
  }

  @Test
  void eachPersonAndEachSessionHaveTheirOwnScreen() {
    assertTrue(screens.due(1, 7, 1_000, 10_000));
    assertTrue(screens.due(1, 8, 1_000, 10_000), "another person");
    assertTrue(screens.due(2, 7, 1_000, 10_000), "another session");
  }

  @Test
  void aForgottenScreenSaysHereAgainAtOnce() {
    assertTrue(screens.due(1, 7, 1_000, 10_000));
    screens.forget(1, 7);
    assertTrue(screens.due(1, 7, 1_500, 10_000), "the write failed, so it did not count");
  }

  @Test
  void screensNotHeardFromForAMinuteAreDroppedAsOthersArrive() {
    for (long person = 0; person < 999; person++) {
      screens.due(1, person, 0, 10_000);
    }
    // The thousandth arrival, two minutes on, sweeps the old ones away: they are due again.
    screens.due(1, 5_000, 120_000, 10_000);
    assertTrue(screens.due(1, 3, 120_001, 200_000), "forgotten, so due whatever the period");
  }
}
