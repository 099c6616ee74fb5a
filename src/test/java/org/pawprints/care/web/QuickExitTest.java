package org.pawprints.care.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only a real web address may be quick exit's neutral site: a typo falls back to the default. */
class QuickExitTest {

  @Test
  void theDefaultsAndOtherWebAddressesAreUsable() {
    assertTrue(QuickExit.usable(QuickExit.DEFAULT_EN));
    assertTrue(QuickExit.usable(QuickExit.DEFAULT_FR));
    assertTrue(QuickExit.usable("http://127.0.0.1:8081/weather"));
  }

  @Test
  void scriptsRelativePathsAndOtherSchemesAreNot() {
    assertFalse(QuickExit.usable("javascript:alert(1)"));
    assertFalse(QuickExit.usable("/my/index.xhtml"));
    assertFalse(QuickExit.usable("ftp://weather.gc.ca/"));
    assertFalse(QuickExit.usable("https://"));
    assertFalse(QuickExit.usable("not a url"));
  }
}
