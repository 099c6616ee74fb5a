package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13, first-hour trial (session 5): on "New cohort" the dates are optional, but the form did
 * not say so, nor what a cohort without them does. It now says both, and a cohort saved without
 * dates shows no stray separator where they would be.
 */
@BrowserTest
class NewCohortDatesBrowserIT {

  private static void saveWithoutDates(Visitors visitors, Page admin, String name) {
    admin.locator("#cohort\\:name").fill(name);
    admin.locator("#cohort\\:capacity").fill("4");
    admin.locator("#cohort\\:save").click();
    admin.waitForURL(Pattern.compile(".*/admin/cohort-edit\\.xhtml\\?id=\\d+$"));
    admin.locator("#open-roster").click();
    assertThat(admin.locator("#cohort-name")).hasText(name);
    assertThat(admin.locator("#cohort-facts")).not().containsText("–");
  }

  @Test
  void theNewCohortFormSaysTheDatesAreOptionalAndWhatTheyDo(Visitors visitors) {
    Page admin = visitors.open("en-CA");
    visitors.signIn(
        admin,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/cohorts.xhtml");
    admin.locator("#new-cohort").click();
    assertThat(admin.locator("#cohort")).containsText("Starts on (optional)");
    assertThat(admin.locator("#cohort")).containsText("Ends on (optional)");
    assertThat(admin.locator("#dates-hint")).containsText("Both dates are optional");
    assertThat(admin.locator("#dates-hint")).containsText("Without an end date, none of that");
    Accessibility.assertNoSeriousViolations(admin);
    visitors.screenshot(admin, "new-cohort-dates-en");
    saveWithoutDates(visitors, admin, "No dates yet");
  }

  @Test
  void leFormulaireDitQueLesDatesSontFacultatives(Visitors visitors) {
    TestPerson odile = visitors.people().create("odile", "fr", "ADMIN");
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, odile.email(), odile.password(), "/admin/cohorts.xhtml");
    admin.locator("#new-cohort").click();
    assertThat(admin.locator("#cohort")).containsText("Début (facultatif)");
    assertThat(admin.locator("#cohort")).containsText("Fin (facultative)");
    assertThat(admin.locator("#dates-hint"))
        .containsText("Les deux dates sont facultatives et peuvent être ajoutées plus tard");
    Accessibility.assertNoSeriousViolations(admin);
    saveWithoutDates(visitors, admin, "Sans dates");
  }
}
