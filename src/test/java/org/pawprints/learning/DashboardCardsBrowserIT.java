package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** Issue 13: after part of a module, its card says "Continue", the others "Start". */
@BrowserTest
class DashboardCardsBrowserIT {

  @Test
  void afterPartOfAModuleItsCardSaysContinue(Visitors visitors) {
    TestPerson sam = visitors.people().participant("sam", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, sam.email(), sam.password());
    assertThat(page.locator("#action-gentle-start-up")).hasText("Start");
    page.locator("#module-gentle-start-up").click();
    assertThat(page.locator("#place")).hasText("Screen 1 of 9");
    new ModulePages(page).next();
    page.navigate(visitors.url("/my/index.xhtml"));
    assertThat(page.locator("#action-gentle-start-up")).hasText("Continue");
    assertThat(page.locator("#state-gentle-start-up")).hasText("In progress");
    assertThat(page.locator("#action-appreciation")).hasText("Start");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void enFrançaisLaCarteDitContinuer(Visitors visitors) {
    TestPerson lou = visitors.people().participant("lou", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, lou.email(), lou.password());
    assertThat(page.locator("#action-repair")).hasText("Commencer");
    page.locator("#module-repair").click();
    new ModulePages(page).next();
    page.navigate(visitors.url("/my/index.xhtml"));
    assertThat(page.locator("#action-repair")).hasText("Continuer");
    Accessibility.assertNoSeriousViolations(page);
  }
}
