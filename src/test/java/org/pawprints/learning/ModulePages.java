package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/** How a participant works a module page, step by step, for the browser tests. */
final class ModulePages {

  private final Page page;

  ModulePages(Page page) {
    this.page = page;
  }

  void next() {
    page.locator("#nav\\:next").click();
    page.waitForLoadState();
  }

  void write(String text) {
    page.locator("#answer\\:text").fill(text);
  }

  /** Types key by key, as a person does (the autosave listens to typing). */
  void type(String text) {
    page.locator("#answer\\:text").fill("");
    page.locator("#answer\\:text").pressSequentially(text);
  }

  void save() {
    page.locator("#answer\\:save").click();
  }

  /** Ticks a checkbox or a radio button by its label, as a person taps it. */
  void pick(String label) {
    page.locator("#answer label")
        .getByText(label, new Locator.GetByTextOptions().setExact(true))
        .click();
  }

  /** Answers every question of an open quiz, rightly or wrongly, then asks for the score. */
  void answerQuiz(ModuleContentKey key, boolean rightly) {
    for (int i = 0; i < key.questionCount(); i++) {
      String question = ModuleContentKey.spaced(page.locator("#question-text").innerText().strip());
      List<String> picks = rightly ? key.right(question) : key.wrong(question).subList(0, 1);
      Locator form = page.locator("#quiz");
      for (String option : picks) {
        form.locator("label")
            .getByText(option, new Locator.GetByTextOptions().setExact(true))
            .click();
      }
      page.locator("#quiz\\:check").click();
      assertThat(page.locator("#verdict")).isVisible();
      page.locator("#quiz\\:go-on").click();
      assertThat(page.locator("#verdict")).isHidden();
    }
    page.locator("#quiz\\:finish").click();
    assertThat(page.locator("#score")).isVisible();
  }
}
