package org.pawprints.couple;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.Visitors;

/**
 * Two partners, each in their own browser (one in English, one in French), answer a shared exercise
 * privately; only once both have answered does each see both answers side by side.
 */
@BrowserTest
class RevealBrowserIT {

  private static final String EXERCISE =
      "/my/module.xhtml?step=gentle-start-up&at=e-what-helps-me-listen";

  @Test
  void partnersSeeBothAnswersOnlyOnceBothHaveAnswered(Visitors visitors) {
    Couple couple = visitors.people().couple("noah", "en", "lea", "fr");
    Page noah = visitors.open("en-CA");
    visitors.signIn(noah, couple.first().email(), couple.first().password(), EXERCISE);
    Page lea = visitors.open("fr-CA");
    visitors.signInWithoutOpening(lea, couple.second().email(), couple.second().password());

    assertThat(noah.locator("#partner-status")).containsText("Your partner hasn't answered yet.");

    // Said too soon: withdrawn before the reveal, and it does not come back.
    noah.locator("#answer\\:text").fill("Something I would rather take back");
    noah.locator("#answer\\:save").click();
    assertThat(noah.locator("#answer\\:messages")).containsText("Your answer is saved.");
    // One stray tap deletes nothing: it asks first, and "keep" keeps.
    noah.locator("#answer\\:withdraw").click();
    assertThat(noah.locator("#withdraw-question")).containsText("Withdraw this answer?");
    Accessibility.assertNoSeriousViolations(noah);
    noah.locator("#answer\\:withdraw-cancel").click();
    assertThat(noah.locator("#withdraw-question")).hasCount(0);
    noah.reload();
    assertThat(noah.locator("#answer\\:text")).hasValue("Something I would rather take back");
    noah.locator("#answer\\:withdraw").click();
    noah.locator("#answer\\:withdraw-confirm").click();
    assertThat(noah.locator("#answer\\:messages")).containsText("Your answer is withdrawn.");
    noah.reload();
    assertThat(noah.locator("#answer\\:text")).hasValue("");
    assertThat(noah.locator("#answer\\:withdraw")).hasCount(0);

    String noahs = "When you put the phone down <b>and</b> look at me.";
    noah.locator("#answer\\:text").fill(noahs);
    noah.locator("#answer\\:save").click();
    assertThat(noah.locator("#answer\\:messages")).containsText("Your answer is saved.");
    assertThat(noah.locator("#partner-status")).containsText("Your partner hasn't answered yet.");
    assertThat(noah.locator("#reveal-pair")).hasCount(0);
    assertThat(noah.locator("#answer\\:withdraw")).isVisible();
    Accessibility.assertNoSeriousViolations(noah);

    lea.navigate(visitors.url(EXERCISE));
    assertThat(lea.locator("#partner-status"))
        .containsText("Votre partenaire a répondu — ajoutez votre réponse pour voir les deux.");
    assertThat(lea.locator("#reveal-pair")).hasCount(0);
    assertThat(lea.locator("body")).not().containsText("phone down");
    String leas = "Quand tu me laisses finir ma phrase, même si c’est long. 🌿";
    lea.locator("#answer\\:text").fill(leas);
    lea.locator("#answer\\:save").click();
    assertThat(lea.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    assertThat(lea.locator("#reveal-mine")).containsText(leas);
    assertThat(lea.locator("#reveal-partner")).containsText(noahs);
    assertThat(lea.locator("#conversation-prompt")).isVisible();
    assertThat(lea.locator("#answer\\:withdraw")).hasCount(0);
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "reveal-fr");

    noah.reload();
    assertThat(noah.locator("#partner-status")).containsText("You have both answered.");
    assertThat(noah.locator("#reveal-mine")).containsText(noahs);
    assertThat(noah.locator("#reveal-partner")).containsText(leas);
    assertThat(noah.locator("#reveal-mine b")).hasCount(0);
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "reveal-en");

    // In French too, withdrawing asks first.
    lea.navigate(
        visitors.url(
            "/my/module.xhtml?step=appreciation&at=e-an-appreciation-ive-been-meaning-to-say"));
    lea.locator("#answer\\:text").fill("Je reprendrai ces mots plus tard.");
    lea.locator("#answer\\:save").click();
    assertThat(lea.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    lea.locator("#answer\\:withdraw").click();
    assertThat(lea.locator("#withdraw-question")).containsText("Retirer cette réponse ?");
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "withdraw-question-fr");
    lea.locator("#answer\\:withdraw-confirm").click();
    assertThat(lea.locator("#answer\\:messages")).containsText("Votre réponse est retirée.");
    assertThat(lea.locator("#answer\\:text")).hasValue("");
  }
}
