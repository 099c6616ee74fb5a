package org.pawprints.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** Signing in and out as each role, and what goes wrong gets the same calm words. */
@BrowserTest
class SignInBrowserIT {

  @Test
  void participantSignsInToTheirSpaceAndOut(Visitors visitors) {
    TestPerson sam = visitors.people().create("sam", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/login.xhtml"));
    Accessibility.assertNoSeriousViolations(page);
    String sessionBefore = sessionId(page);

    visitors.signInThroughForm(page, sam.email(), sam.password());

    assertThat(page).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
    assertThat(page.locator("#home-heading")).hasText("Welcome, Sam");
    assertNotEquals(sessionBefore, sessionId(page), "a new session id at sign-in");
    Cookie session = sessionCookie(page);
    assertTrue(session.httpOnly);
    assertEquals(SameSiteAttribute.LAX, session.sameSite);
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "participant-home");

    page.locator("#sign-out").click();
    assertThat(page.locator("#signed-out")).hasText("You are signed out. See you soon.");
    page.navigate(visitors.url("/my/index.xhtml"));
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
  }

  @Test
  void facilitatorInFrenchLandsOnTheFacilitatorHome(Visitors visitors) {
    TestPerson claire = visitors.people().create("claire", "fr", "FACILITATOR");
    Page page = visitors.open("fr-CA");

    visitors.signInThroughForm(page, claire.email(), claire.password());

    assertThat(page).hasURL(Pattern.compile(".*/facilitate/index\\.xhtml$"));
    assertThat(page.locator("#home-heading")).hasText("Bienvenue, Claire");
    assertThat(page.locator("#sign-out")).hasText("Se déconnecter");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void administratorLandsOnAdministration(Visitors visitors) {
    Page page = visitors.open("en-CA");
    visitors.signInThroughForm(
        page, visitors.admin().person().email(), visitors.admin().person().password());
    assertThat(page).hasURL(Pattern.compile(".*/admin/index\\.xhtml$"));
    assertThat(page.locator("#audit-link")).isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void aProtectedPageAsksForSignInThenOpens(Visitors visitors) {
    TestPerson kim = visitors.people().create("kim", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/account/profile.xhtml"));
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
    page.locator("#login\\:email").fill(kim.email());
    page.locator("#login\\:password").fill(kim.password());
    page.locator("#login\\:submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/account/profile\\.xhtml$"));
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameMessage(Visitors visitors) {
    TestPerson lee = visitors.people().create("lee", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");

    visitors.signInThroughForm(page, lee.email(), "not the password at all");
    String wrongPassword = page.locator("#login\\:messages").innerText();
    visitors.signInThroughForm(page, "nobody-" + lee.email(), "not the password at all");
    String unknownEmail = page.locator("#login\\:messages").innerText();

    assertTrue(wrongPassword.contains("do not match an active account"), wrongPassword);
    assertEquals(wrongPassword, unknownEmail);
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void emptyHugeAndHostileInputGetClearMessages(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url("/login.xhtml"));
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#login\\:messages"))
        .containsText("Veuillez remplir le champ Courriel.");

    // The page stops a person at the field's length; a script can still send more.
    page.locator("#login\\:email")
        .evaluate(
            "e => { e.removeAttribute('maxlength'); e.value = 'a'.repeat(10000) + '@x.ca'; }");
    page.locator("#login\\:password").fill("<script>alert('x')</script>");
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#login\\:messages")).containsText("ne correspondent à aucun compte");

    page.locator("#login\\:email").fill("<script>alert(1)</script>");
    page.locator("#login\\:password").fill("whatever it is");
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#login\\:messages")).containsText("ne correspondent à aucun compte");
    assertFalse(page.content().contains("<script>alert(1)</script>"), "typed markup is escaped");
  }

  @Test
  void repeatedFailuresPauseSignInAndTheAccountIsToldHowToRecover(Visitors visitors) {
    TestPerson ray = visitors.people().create("ray", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    for (int i = 0; i < 5; i++) {
      visitors.signInThroughForm(page, ray.email(), "wrong guess number " + i);
    }
    assertThat(page.locator("#login\\:messages")).containsText("Too many attempts");
    assertThat(page.locator("#login\\:messages")).containsText("reset your password");

    visitors.signInThroughForm(page, ray.email(), ray.password());
    assertThat(page.locator("#login\\:messages")).containsText("Too many attempts");
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
    assertEquals(
        "LOGIN_THROTTLED",
        visitors
            .people()
            .queryOne(
                "SELECT event_type FROM audit_event WHERE target_id = "
                    + ray.id()
                    + " ORDER BY id DESC LIMIT 1"));
  }

  @Test
  void aParticipantIsRefusedAdministrationAndFacilitation(Visitors visitors) {
    TestPerson ana = visitors.people().create("ana", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signInThroughForm(page, ana.email(), ana.password());

    Response admin = page.navigate(visitors.url("/admin/index.xhtml"));
    assertEquals(403, admin.status());
    assertThat(page.locator("h1")).hasText("This page is not open to you");
    Accessibility.assertNoSeriousViolations(page);
    assertEquals(403, page.navigate(visitors.url("/facilitate/index.xhtml")).status());
  }

  @Test
  void passwordsNeverReachTheDatabaseOrTheLogInClear(Visitors visitors) throws Exception {
    TestPerson max = visitors.people().create("max", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signInThroughForm(page, max.email(), max.password());
    assertThat(page).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));

    String stored =
        visitors.people().queryOne("SELECT password_hash FROM person WHERE id = " + max.id());
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:"), "stored as a PBKDF2 hash: " + stored);
    assertFalse(stored.contains(max.password()));
    String log = Files.readString(visitors.server().log());
    assertFalse(log.contains(max.password()), "no password in the server log");
    assertFalse(log.contains("wrong guess number"), "no failed password in the server log");
  }

  /**
   * A sign-in page left open past its session (a phone's tab, overnight) still signs in: the page
   * keeps nothing on the server that could expire. Before, the tap answered "page expired".
   */
  @Test
  void aSignInPageLeftOpenPastItsSessionStillSignsIn(Visitors visitors) {
    for (String[] each :
        new String[][] {{"en", "en-CA", "Welcome, Lee"}, {"fr", "fr-CA", "Bienvenue, Lee"}}) {
      TestPerson lee = visitors.people().create("lee", each[0], "PARTICIPANT");
      Page page = visitors.open(each[1]);
      // A session from before (a page that kept one), which then ends while the form is open.
      page.navigate(visitors.url("/join.xhtml"));
      page.navigate(visitors.url("/login.xhtml"));
      page.locator("#login\\:email").fill(lee.email());
      page.locator("#login\\:password").fill(lee.password());
      Visitors.endSession(page);

      page.locator("#login\\:submit").click();

      assertThat(page).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
      assertThat(page.locator("#home-heading")).hasText(each[2]);
      assertTrue(sessionId(page) != null, "signed in with a new session");
    }
  }

  /**
   * Another site cannot sign a visitor in to an account of its choosing (whatever the visitor then
   * wrote would be that account's): its form reaches the sign-in page, which refuses it.
   */
  @Test
  void anotherSiteCannotSignAVisitorInToItsAccount(Visitors visitors) {
    TestPerson mallory = visitors.people().create("mallory", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    // The other site copies the sign-in form as anyone can read it, with its own account filled in.
    String form = visitors.html(page, "/login.xhtml");
    java.util.regex.Matcher hidden =
        Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\"")
            .matcher(form);
    StringBuilder fields = new StringBuilder();
    while (hidden.find()) {
      fields.append(
          "<input type=\"hidden\" name=\"%s\" value=\"%s\">"
              .formatted(hidden.group(1), hidden.group(2)));
    }
    String attack =
        "<!DOCTYPE html><html lang=\"en\"><title>Win a prize</title><form method=\"post\""
            + " action=\"%s\">%s<input name=\"login:email\" value=\"%s\">"
                .formatted(visitors.url("/login.xhtml"), fields, mallory.email())
            + "<input name=\"login:password\" value=\"%s\">".formatted(mallory.password())
            + "<input type=\"hidden\" name=\"login:submit\" value=\"\">"
            + "<button id=\"prize\">Claim</button></form></html>";
    page.context()
        .route(
            "http://prizes.invalid/**",
            route ->
                route.fulfill(
                    new com.microsoft.playwright.Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody(attack)));
    page.navigate("http://prizes.invalid/");

    Response answer = page.waitForNavigation(() -> page.locator("#prize").click());

    assertEquals(403, answer.status());
    assertThat(page.locator("h1")).hasText("This page is not open to you");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "cross-site-sign-in-refused");
    page.navigate(visitors.url("/my/index.xhtml"));
    assertThat(page).hasURL(Pattern.compile(".*/login\\.xhtml.*"));
    assertEquals(
        "0",
        visitors
            .people()
            .queryOne(
                "SELECT COUNT(*) FROM audit_event WHERE event_type = 'LOGIN_SUCCEEDED' AND actor_id = "
                    + mallory.id()));
  }

  private static String sessionId(Page page) {
    Cookie cookie = sessionCookie(page);
    return cookie == null ? null : cookie.value;
  }

  private static Cookie sessionCookie(Page page) {
    return page.context().cookies().stream()
        .filter(c -> c.name.equals("JSESSIONID"))
        .findFirst()
        .orElse(null);
  }
}
