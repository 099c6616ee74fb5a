package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Rule 11 of issue 10, leaving a shared device leaves nothing: after signing out, Back shows none
 * of the words typed, the browser keeps no autosave copy, and the pages were never cacheable.
 */
@BrowserTest
class SharedDeviceBrowserIT {

  private static final String EXERCISE =
      "/my/module.xhtml?step=rituals-of-connection&at=e-a-ritual-we-lost";

  @Test
  void afterSignOutBackShowsNoWordsAndTheBrowserKeepsNoCopy(Visitors visitors) {
    TestPerson iris = visitors.people().participant("iris", "en");
    Page page = visitors.open("en-CA");
    visitors.signInWithoutOpening(page, iris.email(), iris.password());
    Response opened = page.navigate(visitors.url(EXERCISE));
    assertEquals("no-store", opened.headerValue("cache-control"), "a page with personal content");

    String words = "Our Saturday walk to the bakery, just the two of us";
    page.locator("#answer\\:text").fill(words);
    assertThat(page.locator("#answer\\:saved")).containsText("Saved at");
    // Typing again leaves a fresh autosave copy in this browser, as a half-typed answer would.
    page.locator("#answer\\:text").fill(words + " and a second draft line");
    assertFalse(storedItems(page).isEmpty(), "the autosave copy exists before signing out");

    Response signedOut = page.waitForNavigation(() -> page.locator("#sign-out").click());
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml\\?signedOut=true$"));
    assertThat(page.locator("#signed-out")).isVisible();
    Response logout = signedOut.request().redirectedFrom().response();
    assertEquals("\"cache\", \"storage\"", logout.headerValue("clear-site-data"));
    assertEquals("", storedItems(page), "nothing of the answer stays in this browser");

    page.goBack();
    page.waitForLoadState();
    assertFalse(page.content().contains("Saturday walk"), "Back shows none of the words");
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
    assertEquals("", storedItems(page));
  }

  @Test
  void signingOutInFrenchLeavesNothingEither(Visitors visitors) {
    TestPerson remi = visitors.people().participant("remi", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, remi.email(), remi.password(), EXERCISE);
    page.locator("#answer\\:text").fill("Notre promenade du samedi à la boulangerie");
    assertFalse(storedItems(page).isEmpty());

    page.waitForNavigation(() -> page.locator("#sign-out").click());
    assertThat(page.locator("#signed-out")).containsText("Vous êtes déconnecté");
    assertEquals("", storedItems(page));
    page.goBack();
    page.waitForLoadState();
    assertFalse(page.content().contains("promenade du samedi"));
  }

  /** Everything Pawprints keeps in this browser's localStorage and sessionStorage. */
  private static String storedItems(Page page) {
    return String.valueOf(
        page.evaluate(
            "() => Object.keys(localStorage).concat(Object.keys(sessionStorage)).join(',')"));
  }
}
