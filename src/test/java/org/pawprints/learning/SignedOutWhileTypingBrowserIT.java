package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13: when the session ends while someone types, the page says so instead of the "Saved at"
 * line going blank; signing in from the note comes back and saves what was typed. The refused
 * autosave leaves no SEVERE "Missing CSP nonce" in the server's log, and the copy kept on the
 * device is never shown to someone else who signs in there.
 */
@BrowserTest
class SignedOutWhileTypingBrowserIT {

  private static final String EXERCISE =
      "/my/module.xhtml?step=rituals-of-connection&at=e-a-ritual-we-lost";

  /** Signs in, types and is saved, then loses the session and keeps typing: the note shows. */
  private static Page typingWhenTheSessionEnds(
      Visitors visitors, TestPerson person, String locale, String more) {
    Page page = visitors.open(locale);
    visitors.signIn(page, person.email(), person.password(), EXERCISE);
    page.locator("#answer\\:text").fill("Sunday pancakes");
    assertThat(page.locator("#answer\\:saved")).not().isEmpty();

    page.context().clearCookies();
    page.locator("#answer\\:text").fill(more);
    assertThat(page.locator("#signed-out-while-typing")).isVisible();
    return page;
  }

  private static void signedOutMidTyping(
      Visitors visitors, String locale, String who, String message, String sharedDevice)
      throws IOException {
    TestPerson person = visitors.people().participant(who, locale.substring(0, 2));
    String more = "Sunday pancakes and slow mornings";
    Page page = typingWhenTheSessionEnds(visitors, person, locale, more);
    assertThat(page.locator("#signed-out-while-typing")).containsText(message);
    assertThat(page.locator("#signed-out-private")).containsText(sharedDevice);
    // The page stays where it is, with the words in the box.
    assertThat(page.locator("#answer\\:text")).hasValue(more);
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "signed-out-" + locale);
    // The refused autosave got the Ajax form of a redirect, not a page the server failed to write.
    assertFalse(
        Files.readString(visitors.server().log()).contains("Missing CSP nonce"),
        "SEVERE CspException in " + visitors.server().log());

    page.locator("#sign-in-again").click();
    page.locator("#login\\:email").fill(person.email());
    page.locator("#login\\:password").fill(person.password());
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#answer\\:text")).hasValue(more);
    assertThat(page.locator("#draft-restored")).isVisible();
    assertThat(page.locator("#answer\\:saved")).not().isEmpty();
    // Saved: the copy on this device is gone, and the server has the words.
    page.waitForFunction(
        "() => !Object.keys(localStorage).some(k => k.startsWith('pawprints-draft:'))");
    page.reload();
    assertThat(page.locator("#answer\\:text")).hasValue(more);
  }

  @Test
  void theNoteSaysSoAndTheTextIsSavedAfterSigningIn(Visitors visitors) throws IOException {
    signedOutMidTyping(
        visitors,
        "en-CA",
        "ivy",
        "You were signed out; what you typed is kept on this device. Sign in to save it.",
        "On a shared device");
  }

  @Test
  void enFrançaisLaNoteLeDitEtLeTexteEstEnregistréAprèsConnexion(Visitors visitors)
      throws IOException {
    signedOutMidTyping(
        visitors,
        "fr-CA",
        "ines",
        "Vous avez été déconnecté·e ; ce que vous avez écrit est gardé sur cet appareil.",
        "Sur un appareil partagé");
  }

  @Test
  void someoneElseSigningInOnTheDeviceNeverSeesTheKeptWords(Visitors visitors) {
    TestPerson first = visitors.people().participant("iris", "en");
    TestPerson other = visitors.people().participant("otto", "en");
    Page page = typingWhenTheSessionEnds(visitors, first, "en-CA", "Sunday pancakes, just us");

    // Someone else signs in on the same browser: the first person's kept words are removed.
    visitors.signIn(page, other.email(), other.password(), EXERCISE);
    assertThat(page.locator("#answer\\:text")).hasValue("");
    assertThat(page.locator("#draft-restored")).isHidden();
    assertEquals(
        0,
        ((Number)
                page.evaluate(
                    "() => Object.keys(localStorage)"
                        + ".filter(k => k.startsWith('pawprints-draft:')).length"))
            .intValue());

    // The first person comes back to what the server saved, not to the removed copy.
    page.context().clearCookies();
    visitors.signIn(page, first.email(), first.password(), EXERCISE);
    assertThat(page.locator("#answer\\:text")).hasValue("Sunday pancakes");
    assertThat(page.locator("#draft-restored")).isHidden();
  }
}
