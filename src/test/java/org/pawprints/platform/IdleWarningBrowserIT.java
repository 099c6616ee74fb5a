package org.pawprints.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * The idle warning of every signed-in page (idle.js, KeepAliveServlet): five minutes before the
 * 30-minute session would end, a dialog asks whether the person is still there; staying renews the
 * session, and a session that has already ended says so and offers to sign in again. The browser's
 * clock is Playwright's, moved forward by hand; the server's session is real.
 */
@BrowserTest
class IdleWarningBrowserIT {

  private static final String HOME = "/my/index.xhtml";
  private static final long UNTIL_WARNING = Duration.ofMinutes(25).plusSeconds(1).toMillis();

  @Test
  void warnsBeforeTheSessionEndsAndStayingKeepsItAlive(Visitors visitors) {
    Page page = signedIn(visitors, visitors.people().participant("idle-stay", "en"), "en-CA");
    Locator dialog = page.locator("#idle-warning");
    assertThat(dialog).isHidden();

    page.clock().runFor(UNTIL_WARNING);
    assertThat(dialog).isVisible();
    assertThat(page.locator("#idle-title")).hasText("Still there?");
    assertThat(page.locator("#stay")).isFocused();
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "warning-en");

    Response kept =
        page.waitForResponse(
            r -> r.url().endsWith("/keep-alive"), () -> page.locator("#stay").click());
    assertEquals(204, kept.status());
    assertThat(dialog).isHidden();
    page.clock().runFor(Duration.ofMinutes(24).toMillis());
    assertThat(dialog).isHidden(); // the time starts again from the renewal
    page.clock().runFor(Duration.ofMinutes(2).toMillis());
    assertThat(dialog).isVisible();

    // Escape counts as staying too: whoever pressed it is there.
    Response escaped =
        page.waitForResponse(
            r -> r.url().endsWith("/keep-alive"), () -> page.keyboard().press("Escape"));
    assertEquals(204, escaped.status());
    assertThat(dialog).isHidden();
  }

  @Test
  void inFrenchAnEndedSessionSaysSoAndOffersToSignInAgain(Visitors visitors) {
    TestPerson remi = visitors.people().participant("idle-ended", "fr");
    Page page = signedIn(visitors, remi, "fr-CA");
    page.clock().runFor(UNTIL_WARNING);
    assertThat(page.locator("#idle-title")).hasText("Toujours là ?");
    assertThat(page.locator("#stay")).hasText("Rester connecté");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "warning-fr");

    page.context().clearCookies(); // the session is gone for this browser
    Response gone =
        page.waitForResponse(
            r -> r.url().endsWith("/keep-alive"), () -> page.locator("#stay").click());
    assertEquals(410, gone.status());
    assertThat(page.locator("#idle-ended-title")).hasText("Vous avez été déconnecté·e");
    assertThat(page.locator("#idle-asking")).isHidden();
    Locator signIn = page.locator("#idle-sign-in");
    assertThat(signIn).isFocused();
    assertThat(signIn).hasText("Vous reconnecter");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "ended-fr");

    page.waitForNavigation(signIn::click);
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml\\?return=%2Fmy%2Findex\\.xhtml$"));
    page.locator("#login\\:email").fill(remi.email());
    page.locator("#login\\:password").fill(remi.password());
    page.waitForNavigation(() -> page.locator("#login\\:submit").click());
    assertThat(page).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
  }

  @Test
  void unansweredTheWarningTurnsIntoSignedOutWhenTheSessionEnds(Visitors visitors) {
    Page page = signedIn(visitors, visitors.people().participant("idle-away", "en"), "en-CA");
    page.clock().runFor(UNTIL_WARNING);
    assertThat(page.locator("#idle-warning")).isVisible();
    page.clock().runFor(Duration.ofMinutes(5).toMillis());
    assertThat(page.locator("#idle-ended-title")).hasText("You have been signed out");
    assertThat(page.locator("#idle-sign-in")).isFocused();
  }

  @Test
  void someoneTypingIsKeptSignedInWithoutBeingAsked(Visitors visitors) {
    Page page = signedIn(visitors, visitors.people().participant("idle-typing", "en"), "en-CA");
    page.clock().runFor(Duration.ofMinutes(10).toMillis());
    page.locator("body").press("Tab"); // using the page, with no request to the server
    Response renewed =
        page.waitForResponse(
            r -> r.url().endsWith("/keep-alive"),
            () -> page.clock().runFor(Duration.ofMinutes(16).toMillis()));
    assertEquals(204, renewed.status());
    assertThat(page.locator("#idle-warning")).isHidden();
  }

  @Test
  void keepAliveAnswersGoneWithoutASessionAndMakesNone(Visitors visitors) {
    Page page = visitors.open("en-CA");
    var answer = page.request().post(visitors.url("/keep-alive"));
    assertEquals(410, answer.status());
    assertEquals("no-store", answer.headers().get("cache-control"));
    assertEquals(null, answer.headers().get("set-cookie"), "no session is created");
  }

  private static Page signedIn(Visitors visitors, TestPerson person, String locale) {
    // The fake clock is the context's, and stays installed: a context of its own.
    Page page = visitors.openAlone(locale);
    page.clock().install();
    visitors.signIn(page, person.email(), person.password(), HOME);
    return page;
  }
}
