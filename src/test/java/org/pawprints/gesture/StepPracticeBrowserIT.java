package org.pawprints.gesture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Steps 1, 5 and 7 get a between-session practice the hub tracks (issue 14): a participant logs a
 * gentle start-up, a kept promise, a course correction; private, counted this week.
 */
@BrowserTest
class StepPracticeBrowserIT {

  @Test
  void anEnglishParticipantLogsAGentleStartUpFromTheModuleAndSeesItCounted(Visitors visitors) {
    TestPerson kai = visitors.people().participant("kai", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(
        page, kai.email(), kai.password(), "/my/module.xhtml?step=gentle-start-up&at=practice");
    page.locator("#track-practice-link").click();
    assertThat(page.locator("#moments-heading")).hasText("Gentle start-ups");
    assertThat(page.locator("#no-moments")).isVisible();
    page.locator("#moment\\:note").fill("Asked for help with the recycling, kindly.");
    page.locator("#moment\\:log").click();
    assertThat(page.locator("#moment\\:messages")).containsText("Logged.");
    assertThat(page.locator("#my-moments li")).hasCount(1);
    assertThat(page.locator("#week-count")).containsText("1");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "moments-en");

    page.navigate(visitors.url("/my/practice.xhtml"));
    assertThat(page.locator("#gentle-start-up-count")).containsText("1");
    assertThat(page.locator("#promise-kept-count")).containsText("0");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void aFrenchParticipantKeepsTheirWordsWhenTheNoteIsTooLong(Visitors visitors) {
    TestPerson noa = visitors.people().participant("noa", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, noa.email(), noa.password(), "/my/practice.xhtml");
    page.locator("#promise-kept-link").click();
    assertThat(page.locator("#moments-heading")).hasText("Promesses tenues");
    String tooLong = "x".repeat(300);
    page.locator("#moment\\:note").fill(tooLong);
    page.locator("#moment\\:log").click();
    assertThat(page.locator("#moment\\:messages")).containsText("trop longue");
    assertThat(page.locator("#moment\\:note")).hasValue(tooLong);
    page.locator("#moment\\:note").fill("Le robinet, samedi, comme promis.");
    page.locator("#moment\\:log").click();
    assertThat(page.locator("#my-moments li")).hasCount(1);
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void anUnknownPracticeIsNotFound(Visitors visitors) {
    TestPerson eli = visitors.people().participant("eli", "en");
    Page page = visitors.open("en-CA");
    visitors.signInWithoutOpening(page, eli.email(), eli.password());
    Response response = page.navigate(visitors.url("/my/moments.xhtml?kind=nothing"));
    assertEquals(404, response.status());
  }
}
