package org.pawprints.couple;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.JoinByCode;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.SoloCohort;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue #6's "done when": two people new to Pawprints, each on their own phone (one reads English,
 * the other French), join a cohort with the code their facilitator read out, pair up with a partner
 * code, answer a shared exercise privately, see both answers once both have answered, and react.
 * Neither sees the other's words before that.
 */
@BrowserTest
class CoupleJourneyBrowserIT {

  private static final String SHARED_EXERCISE =
      "/my/module.xhtml?step=gentle-start-up&at=e-what-helps-me-listen";
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final String PASSPHRASE = "one small step at a time";

  @Test
  void twoNewPeoplePairUpAndCompleteASharedExercise(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants();
    String joinCode = randomCode();
    visitors
        .people()
        .execute("UPDATE cohort SET join_code = ? WHERE id = ?", joinCode, cohort.cohortId());

    String alexEmail = TestPeople.uniqueEmail("alex");
    Page alex = newcomer(visitors, "en-CA", joinCode, alexEmail, "Alex");
    assertThat(alex.locator(".pp-messages")).containsText("Your account is ready");
    visitors.signIn(alex, alexEmail, PASSPHRASE);
    assertThat(alex.locator("#partner-card-solo"))
        .containsText("You have no partner in this group yet.");
    alex.locator("#partner-card-form\\:get-code").click();
    String partnerCode = alex.locator("#partner-card-code").innerText().strip();

    // Alex starts alone: nothing is lost when the partner arrives.
    alex.navigate(visitors.url(SHARED_EXERCISE));
    answer(alex, "When you put the phone face down and look at me.");
    assertThat(alex.locator("#partner-status")).isVisible();

    String beaEmail = TestPeople.uniqueEmail("bea");
    Page bea = newcomer(visitors, "fr-CA", joinCode, beaEmail, "Béatrice");
    assertThat(bea.locator(".pp-messages")).containsText("Votre compte est prêt");
    visitors.signIn(bea, beaEmail, PASSPHRASE, "/pair.xhtml?code=" + partnerCode.replace("-", ""));
    assertThat(bea.locator("#pair-lead")).containsText("Alex vous invite");
    bea.locator("#pair\\:accept").click();
    assertThat(bea.locator("#pair\\:paired")).containsText("Alex et vous êtes maintenant");

    // Before Béatrice answers, she learns only that Alex has answered: not a word of it.
    bea.navigate(visitors.url(SHARED_EXERCISE));
    assertThat(bea.locator("#partner-status")).isVisible();
    assertThat(bea.locator("body")).not().containsText("phone face down");
    Accessibility.assertNoSeriousViolations(bea);
    answer(bea, "Quand tu me laisses finir ma phrase. 🌷");
    assertThat(bea.locator("#reveal-partner")).containsText("phone face down");
    bea.locator("#answer\\:react-thank-you").click();
    assertThat(bea.locator("#reaction-given")).containsText("Merci");
    visitors.screenshot(bea, "journey-reveal-fr");

    alex.reload();
    assertThat(alex.locator("#reveal-partner")).containsText("finir ma phrase");
    assertThat(alex.locator("#reaction-received")).containsText("Thank you");
    alex.locator("#answer\\:react-talk-tonight").click();
    assertThat(alex.locator("#reaction-given")).containsText("Let's talk about this tonight");
    Accessibility.assertNoSeriousViolations(alex);
    visitors.screenshot(alex, "journey-reveal-en");

    // The bell told Alex that Béatrice joined, answered and reacted.
    alex.locator("#bell").click();
    assertThat(alex.locator("main")).containsText("Béatrice");
    Accessibility.assertNoSeriousViolations(alex);
    visitors.screenshot(alex, "journey-notifications-en");
  }

  private static Page newcomer(
      Visitors visitors, String locale, String code, String email, String name) {
    Page page = visitors.open(locale);
    page.navigate(visitors.url("/join.xhtml?code=" + code));
    JoinByCode.signUp(visitors, page, code, email, name, PASSPHRASE);
    return page;
  }

  private static void answer(Page page, String text) {
    page.locator("#answer\\:text").fill(text);
    page.locator("#answer\\:save").click();
    assertThat(page.locator("#answer\\:messages"))
        .containsText(
            page.locator("html").getAttribute("lang").startsWith("fr")
                ? "Votre réponse est enregistrée."
                : "Your answer is saved.");
  }

  private static String randomCode() {
    SecureRandom random = new SecureRandom();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
    }
    return code.toString();
  }
}
