package org.pawprints.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Quick exit (issue 15), by button and by Esc pressed three times, in English and French: the
 * neutral site replaces the page at once, Back leads to no Pawprints page, and the session is
 * signed out. The neutral sites are answered by the test browser itself, so no test needs the
 * internet.
 */
@BrowserTest
class QuickExitBrowserIT {

  private static final String WEATHER = "https://weather.gc.ca/";
  private static final String METEO = "https://meteo.gc.ca/";
  private static final String PRIVATE_EXERCISE =
      "/my/module.xhtml?step=appreciation&at=e-three-things-this-week";

  private static Page withNeutralSites(Page page) {
    for (String site : new String[] {WEATHER, METEO}) {
      page.context()
          .route(
              site + "**",
              route ->
                  route.fulfill(
                      new com.microsoft.playwright.Route.FulfillOptions()
                          .setContentType("text/html")
                          .setBody(
                              "<!DOCTYPE html><html lang=\"en\"><title>Weather</title>"
                                  + "<h1>Today's weather</h1></html>")));
    }
    return page;
  }

  @Test
  void theButtonLeavesForTheWeatherSignsOutAndBackFindsNoPawprintsPage(Visitors visitors) {
    TestPerson ava = visitors.people().participant("ava", "en");
    Page page = withNeutralSites(visitors.open("en-CA"));
    visitors.signIn(page, ava.email(), ava.password(), "/my/index.xhtml");
    page.locator("#header-help").click();
    assertThat(page.locator("#quick-exit")).hasText("Leave quickly");

    page.locator("#quick-exit").click();

    page.waitForURL(WEATHER);
    assertThat(page.locator("h1")).hasText("Today's weather");
    signedOut(visitors, page);
    page.goBack(new Page.GoBackOptions().setWaitUntil(WaitUntilState.COMMIT));
    page.waitForURL(WEATHER);
    assertThat(page.locator("h1")).hasText("Today's weather");

    // Coming back on purpose (a typed address) opens Pawprints as usual, signed out.
    page.navigate(visitors.url("/help.xhtml"));
    assertThat(page.locator("h1")).hasText("Help, any time");
    assertThat(page.locator("#sign-in-link")).isVisible();
  }

  /**
   * The button works the moment it is drawn: a phone on a slow line shows the header long before
   * the page's last scripts arrive, and a person in danger must not tap a button that does nothing.
   * The page's last script (PrimeFaces' words, at the end of the body) is held back by the test
   * browser, so the page is drawn and still loading when the button is pressed.
   */
  @Test
  void theButtonWorksWhileThePageIsStillLoading(Visitors visitors) {
    TestPerson mia = visitors.people().participant("mia", "en");
    Page page = withNeutralSites(visitors.open("en-CA"));
    visitors.signIn(page, mia.email(), mia.password(), "/my/index.xhtml");
    List<Route> held = new ArrayList<>();
    page.route("**/locale-en.js*", held::add);

    page.navigate(
        visitors.url("/help.xhtml"),
        new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
    assertThat(page.locator("#quick-exit")).isVisible();
    page.waitForCondition(() -> !held.isEmpty());
    assertEquals("loading", page.evaluate("() => document.readyState"));
    page.locator("#quick-exit").click();

    page.waitForURL(WEATHER);
    signedOut(visitors, page);
  }

  @Test
  void escPressedThreeTimesWhileTypingLeavesForMeteoAndSignsOut(Visitors visitors) {
    TestPerson leo = visitors.people().participant("leo", "fr");
    Page page = withNeutralSites(visitors.open("fr-CA"));
    visitors.signIn(page, leo.email(), leo.password(), PRIVATE_EXERCISE);
    assertThat(page.locator("#quick-exit")).hasText("Partir vite");
    String words = "Le café du matin, ensemble " + leo.id();

    page.locator("#answer\\:text").fill(words);
    page.keyboard().press("Escape");
    page.keyboard().press("Escape");
    page.keyboard().press("Escape");

    page.waitForURL(METEO);
    signedOut(visitors, page);
    // The exercise was the tab's first page: Back leads to the blank page before it.
    page.goBack(new Page.GoBackOptions().setWaitUntil(WaitUntilState.COMMIT));
    assertFalse(page.url().startsWith(visitors.url("/")), "Back shows no Pawprints page");
  }

  /** The session ended: a fetch of the participant's home lands on the sign-in page. */
  private static void signedOut(Visitors visitors, Page page) {
    eventually(
        () ->
            Pattern.compile(".*/login\\.xhtml.*")
                .matcher(page.context().request().get(visitors.url("/my/index.xhtml")).url())
                .matches(),
        "the session is signed out");
  }

  /** Polls a condition the page's background requests bring about, a quarter second apart. */
  private static void eventually(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), what);
      try {
        Thread.sleep(250);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
        throw new AssertionError(what, stopped);
      }
    }
  }
}
