package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** The choice-based exercises, and a module screen worked with the keyboard alone. */
@BrowserTest
class ExerciseKindsBrowserIT {

  @Test
  void aScenarioGivesFeedbackOnTheChoiceMade(Visitors visitors) {
    TestPerson ali = visitors.people().participant("ali", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(
        page,
        ali.email(),
        ali.password(),
        "/my/module.xhtml?step=turning-toward&at=e-the-video-on-the-couch");
    ModulePages module = new ModulePages(page);
    module.save();
    assertThat(page.locator("#answer\\:messages")).containsText("Please choose one option.");
    page.locator("#answer label").first().click();
    module.save();
    assertThat(page.locator("#scenario-feedback")).isVisible();
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void theRitualPlannerAndThePhrasePickerKeepPicksAndOwnWords(Visitors visitors) {
    TestPerson bo = visitors.people().participant("bo", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(
        page,
        bo.email(),
        bo.password(),
        "/my/module.xhtml?step=rituals-of-connection&at=e-one-ritual-to-try");
    ModulePages module = new ModulePages(page);
    module.save();
    assertThat(page.locator("#answer\\:messages")).containsText("au moins une");
    page.locator("#answer label").first().click();
    page.locator("#answer\\:custom").fill("Un café ensemble le samedi ☕");
    page.locator("#answer\\:frequency_input").selectOption("WEEKLY");
    module.save();
    assertThat(page.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    Accessibility.assertNoSeriousViolations(page);
    page.reload();
    assertThat(page.locator("#answer\\:custom")).hasValue("Un café ensemble le samedi ☕");
    assertThat(page.locator("#answer input[type=checkbox]:checked")).hasCount(1);

    page.navigate(visitors.url("/my/module.xhtml?step=repair&at=e-repair-phrases-for-me"));
    page.locator("#answer label").nth(1).click();
    page.locator("#answer label").nth(2).click();
    module.save();
    assertThat(page.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    page.reload();
    assertThat(page.locator("#answer input[type=checkbox]:checked")).hasCount(2);
  }

  @Test
  void aScreenCanBeWorkedWithTheKeyboardAlone(Visitors visitors) {
    TestPerson cy = visitors.people().participant("cy", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(
        page,
        cy.email(),
        cy.password(),
        "/my/module.xhtml?step=appreciation&at=e-three-things-this-week");

    tabTo(page, "answer:text");
    page.keyboard().type("Coffee made, a text at noon, the porch light left on.");
    tabTo(page, "answer:save");
    page.keyboard().press("Enter");
    assertThat(page.locator("#answer\\:messages")).containsText("Your answer is saved.");
    tabTo(page, "nav:next");
    page.keyboard().press("Enter");
    assertThat(page.locator("#screen-title")).hasText("A short quiz");
  }

  /** Presses Tab until the element with this id has the focus (at most 60 times). */
  private static void tabTo(Page page, String id) {
    for (int i = 0; i < 60; i++) {
      if (id.equals(page.evaluate("() => document.activeElement && document.activeElement.id"))) {
        return;
      }
      page.keyboard().press("Tab");
    }
    throw new AssertionError("The keyboard never reached #" + id);
  }
}
