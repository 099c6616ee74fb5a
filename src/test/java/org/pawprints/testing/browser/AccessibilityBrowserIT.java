package org.pawprints.testing.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The accessibility check itself: it fails on a page with a serious violation and names it, and
 * passes a clean page. Every browser test relies on it, so a change that made it pass everything (a
 * scan that never runs, a filter that drops every violation) fails here.
 */
@BrowserTest
class AccessibilityBrowserIT {

  private static final String HEAD = "<!DOCTYPE html><html lang='en'><head><title>Check</title>";

  @Test
  void aSeriousViolationFailsTheCheckAndIsNamed(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.setContent(
        HEAD
            + "</head><body><main><h1>A form</h1>"
            + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
            + "<input type='text'></main></body></html>");
    AssertionFailedError failure =
        assertThrows(
            AssertionFailedError.class, () -> Accessibility.assertNoSeriousViolations(page));
    assertTrue(failure.getMessage().contains("critical image-alt"), failure.getMessage());
    assertTrue(failure.getMessage().contains("critical label"), failure.getMessage());
  }

  @Test
  void aCleanPagePasses(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.setContent(
        HEAD
            + "</head><body><main><h1>A form</h1>"
            + "<label for='name'>Name</label><input id='name' type='text'></main></body></html>");
    Accessibility.assertNoSeriousViolations(page);
  }
}
