package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Rule 5 of issue 10, sign-in tells nothing: a known and an unknown email get the same words after
 * the same attempts, and a pause is told as a number of minutes, never as the server's clock time,
 * in English and in French.
 */
@BrowserTest
class SignInThrottleBrowserIT {

  /** SignInThrottle.BUSY_ADDRESS_FAILURES. */
  private static final int SHARED_ADDRESS_BUSY_AFTER = 20;

  private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}\\s?(:|h)\\s?\\d{2}");

  @Test
  void aKnownAndAnUnknownEmailGetTheSameWordsAndTheWaitInMinutesInEnglishAndFrench(
      Visitors visitors) {
    // Every browser test comes from 127.0.0.1: make it a busy address first, so that both emails
    // are counted under the same rule whatever the tests before this one did.
    // The guesses are the form's own POST, sent over plain HTTP: only the answers below are read.
    Page guesser = visitors.open("en-CA");
    for (int i = 0; i <= SHARED_ADDRESS_BUSY_AFTER; i++) {
      visitors.sendSignInOverHttp(guesser, TestPeople.uniqueEmail("guess"), "a guess");
    }

    TestPerson kim = visitors.people().create("kim", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    List<String> known = fiveWrongPasswords(visitors, page, kim.email());
    List<String> unknown = fiveWrongPasswords(visitors, page, TestPeople.uniqueEmail("nobody"));
    assertEquals(known, unknown);
    String paused = known.get(4);
    assertTrue(paused.contains("try again in 1 minute"), paused);
    assertTrue(paused.contains("reset your password"), paused);
    assertFalse(CLOCK_TIME.matcher(paused).find(), "no clock time: " + paused);
    Accessibility.assertNoSeriousViolations(page);

    TestPerson lou = visitors.people().create("lou", "fr", "PARTICIPANT");
    Page enFrancais = visitors.open("fr-CA");
    List<String> connu = fiveWrongPasswords(visitors, enFrancais, lou.email());
    List<String> inconnu =
        fiveWrongPasswords(visitors, enFrancais, TestPeople.uniqueEmail("personne"));
    assertEquals(connu, inconnu);
    String suspendu = connu.get(4);
    assertTrue(suspendu.contains("réessayez dans 1 minute"), suspendu);
    assertFalse(CLOCK_TIME.matcher(suspendu).find(), "aucune heure d’horloge : " + suspendu);
    Accessibility.assertNoSeriousViolations(enFrancais);
  }

  @Test
  void aStrangersGuessesDoNotKeepTheOwnerOut(Visitors visitors) {
    TestPerson max = visitors.people().create("max", "en", "PARTICIPANT");
    Page stranger = visitors.open("en-CA");
    fiveWrongPasswords(visitors, stranger, max.email());
    visitors.signInThroughForm(stranger, max.email(), max.password());
    assertThat(stranger.locator("#login\\:messages")).containsText("Too many attempts");

    // The owner, after a password reset, signs in (the stranger shares this test's address).
    Page owner = visitors.open("en-CA");
    owner.navigate(visitors.url("/forgot-password.xhtml"));
    owner.locator("#forgot\\:email").fill(max.email());
    owner.locator("#forgot\\:submit").click();
    assertThat(owner.locator("#forgot\\:sent")).isVisible();
    owner.navigate(visitors.url(TestMail.linkPath(visitors.mail().awaitMessageTo(max.email()))));
    owner.locator("#reset\\:password").fill("a fresh long passphrase");
    owner.locator("#reset\\:confirmation").fill("a fresh long passphrase");
    owner.locator("#reset\\:submit").click();
    assertThat(owner.locator(".pp-messages")).isVisible();
    visitors.signInThroughForm(owner, max.email(), "a fresh long passphrase");
    assertThat(owner).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
  }

  private static List<String> fiveWrongPasswords(Visitors visitors, Page page, String email) {
    List<String> said = new ArrayList<>();
    visitors.signInThroughForm(page, email, "not it, try 0");
    said.add(page.locator("#login\\:messages").innerText().strip());
    for (int i = 1; i < 5; i++) {
      // Again on the sign-in page the refusal left open, as a person tries again.
      page.locator("#login\\:email").fill(email);
      page.locator("#login\\:password").fill("not it, try " + i);
      page.locator("#login\\:submit").click();
      page.waitForLoadState();
      said.add(page.locator("#login\\:messages").innerText().strip());
    }
    return said;
  }
}
