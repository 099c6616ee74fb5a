package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13: "Back" and "Next" are in the same places on every screen of a module (a bar at the
 * bottom of the screen, Back at the left, Next at the right), and on the quiz only one "Next" is
 * offered at a time.
 */
@BrowserTest
class ModuleNavigationBrowserIT {

  private static final String MODULE = "/my/module.xhtml?step=gentle-start-up";

  private static BoundingBox box(Page page, String selector) {
    return page.locator(selector).boundingBox();
  }

  /** Next sits at the right end of a bar at the bottom of the phone's screen. */
  private static BoundingBox nextAtTheBottomRight(Page page) {
    BoundingBox next = box(page, "#nav\\:next");
    assertTrue(next.x + next.width > Visitors.PHONE_WIDTH - 40, "Next at the right: " + next.x);
    assertTrue(next.y + next.height > Visitors.PHONE_HEIGHT - 40, "Next at the bottom: " + next.y);
    return next;
  }

  private static void walk(Visitors visitors, String locale, String who, String nextWord) {
    TestPerson person = visitors.people().participant(who, locale.substring(0, 2));
    Page page = visitors.open(locale);
    visitors.signIn(page, person.email(), person.password(), MODULE);

    // The first screen: no Back, and Next where it will be on every other screen.
    assertThat(page.locator("#nav\\:previous")).hasCount(0);
    BoundingBox first = nextAtTheBottomRight(page);
    new ModulePages(page).next();
    BoundingBox second = nextAtTheBottomRight(page);
    assertEquals(first.x, second.x, 1.0);
    assertEquals(first.y, second.y, 1.0);
    BoundingBox back = box(page, "#nav\\:previous");
    assertTrue(back.x < 40, "Back at the left: " + back.x);
    assertEquals(second.y, back.y, 1.0);

    // The quiz: once started, the quiz's own buttons lead on; the module's Next steps aside.
    page.navigate(visitors.url(MODULE + "&at=quiz"));
    nextAtTheBottomRight(page);
    page.locator("#quiz\\:start").click();
    assertThat(page.locator("#question-text")).isVisible();
    assertThat(page.locator("#nav\\:next")).hasCount(0);
    page.locator("#quiz label").first().click();
    page.locator("#quiz\\:check").click();
    assertThat(page.locator("#verdict")).isVisible();
    Locator nexts =
        page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName(nextWord).setExact(false));
    assertThat(nexts).hasCount(1);
    assertThat(page.locator("#nav\\:previous")).isVisible();
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "quiz-one-next-" + locale);
  }

  @Test
  void backAndNextStayInPlaceAndTheQuizOffersOneNext(Visitors visitors) {
    walk(visitors, "en-CA", "nia", "Next");
  }

  @Test
  void enFrançaisRetourEtSuivantRestentEnPlace(Visitors visitors) {
    walk(visitors, "fr-CA", "noe", "suivant");
  }
}
