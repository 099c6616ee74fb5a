package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** Issue 13: quiz feedback is readable without colour: an icon and words on every option. */
@BrowserTest
class QuizFeedbackBrowserIT {

  private static void checkFirstOption(Visitors visitors, Page page) {
    page.navigate(visitors.url("/my/module.xhtml?step=appreciation&at=quiz"));
    page.locator("#quiz\\:start").click();
    page.locator("#quiz label").first().click();
    page.locator("#quiz\\:check").click();
    assertThat(page.locator("#verdict")).isVisible();
  }

  @Test
  void eachOptionSaysInWordsWhetherItWasRight(Visitors visitors) {
    TestPerson tom = visitors.people().participant("tom", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, tom.email(), tom.password());
    checkFirstOption(visitors, page);
    assertThat(page.locator("#verdict"))
        .containsText(Pattern.compile("That’s right|Not quite|Partly right"));
    assertThat(page.locator("#explanations")).containsText("Right answer:");
    assertThat(page.locator("#explanations li.pp-option-right").first()).containsText("✓");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void enFrançaisChaqueChoixLeDitEnMots(Visitors visitors) {
    TestPerson zoe = visitors.people().participant("zoe", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, zoe.email(), zoe.password());
    checkFirstOption(visitors, page);
    assertThat(page.locator("#verdict"))
        .containsText(Pattern.compile("C’est bien ça|Pas tout à fait|En partie juste"));
    assertThat(page.locator("#explanations")).containsText("Bonne réponse :");
    Accessibility.assertNoSeriousViolations(page);
  }
}
