package org.pawprints.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;

/** Choosing in a PrimeFaces select menu the way a person does: open it, tap the item. */
public final class Menus {

  private Menus() {}

  /**
   * Opens the menu {@code escapedId} (a client id with its colons escaped), waits until its panel
   * has finished opening and taps the item whose text contains {@code label}. A tap during the
   * panel's fade-in was lost twice in ci-like, leaving the menu open on its old value.
   */
  public static void choose(Page page, String escapedId, String label) {
    Locator menu = page.locator("#" + escapedId);
    Locator panel = page.locator("#" + escapedId + "_panel");
    Locator chosen = page.locator("#" + escapedId + "_label");
    // A tap on an item while the page still moves under it (a list above it just grew) can land
    // beside the item on a busy machine: a person whose tap did nothing taps again, and so does
    // this, up to three times, each time on the open, settled panel.
    for (int attempt = 1; ; attempt++) {
      if (!panel.isVisible()) {
        menu.click();
      }
      assertThat(panel).isVisible();
      page.waitForCondition(
          () -> !Boolean.TRUE.equals(panel.evaluate("p => jQuery(p).is(':animated')")));
      Locator item = panel.locator("li", new Locator.LocatorOptions().setHasText(label));
      if (attempt == 3) {
        item.click();
        break;
      }
      try {
        // ci-like once saw the tap wait its whole 30 s because the form below the panel
        // "intercepts pointer events" while it still moved: a short wait, then tap again.
        item.click(new Locator.ClickOptions().setTimeout(5000));
        assertThat(chosen).hasText(label, new LocatorAssertions.HasTextOptions().setTimeout(3000));
        return;
      } catch (AssertionError | PlaywrightException tapLost) {
        // tap again
      }
    }
    assertThat(chosen).hasText(label);
  }
}
