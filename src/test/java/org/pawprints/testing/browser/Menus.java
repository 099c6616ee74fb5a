package org.pawprints.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Choosing in a PrimeFaces select menu the way a person does: open it, tap the item. */
public final class Menus {

  private Menus() {}

  /**
   * Opens the menu {@code escapedId} (a client id with its colons escaped), waits until its panel
   * has finished opening and taps the item whose text contains {@code label}. A tap during the
   * panel's fade-in was lost twice in ci-like, leaving the menu open on its old value.
   */
  public static void choose(Page page, String escapedId, String label) {
    page.locator("#" + escapedId).click();
    Locator panel = page.locator("#" + escapedId + "_panel");
    assertThat(panel).isVisible();
    page.waitForCondition(
        () -> !Boolean.TRUE.equals(panel.evaluate("p => jQuery(p).is(':animated')")));
    panel.locator("li", new Locator.LocatorOptions().setHasText(label)).click();
    assertThat(page.locator("#" + escapedId + "_label")).hasText(label);
  }
}
