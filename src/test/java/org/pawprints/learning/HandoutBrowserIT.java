package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A participant prints a module's one-page handout (issue 14), from the module and from the
 * practice hub, in English and French; the module opens with its time estimate and objectives, and
 * its practice screen points to help.
 */
@BrowserTest
class HandoutBrowserIT {

  @Test
  void anEnglishParticipantPrintsStepOnesHandoutOnOnePage(Visitors visitors) {
    TestPerson ria = visitors.people().participant("ria", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, ria.email(), ria.password(), "/my/module.xhtml?step=gentle-start-up");
    assertThat(page.locator("#time-estimate")).containsText("About 24 minutes");
    assertThat(page.locator("#objectives li")).hasCount(3);
    assertThat(page.locator("#last-week-opener")).hasCount(0);
    assertThat(page.locator("#private-device-note"))
        .containsText("as long as this device is yours");
    assertThat(page.locator("#private-device-link"))
        .hasAttribute("href", Pattern.compile(".*/right-for-us\\.xhtml#private-device-heading$"));
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "module-guide-en");

    page.navigate(visitors.url("/my/module.xhtml?step=gentle-start-up&at=practice"));
    assertThat(page.locator("#takeaways li")).hasCount(3);
    assertThat(page.locator("#practice-safety-link"))
        .hasAttribute("href", Pattern.compile(".*/right-for-us\\.xhtml$"));
    page.locator("#handout-link").click();

    assertThat(page).hasURL(Pattern.compile(".*/my/handout\\.xhtml\\?step=1$"));
    assertThat(page.locator("#handout-title")).hasText("Handout · Step 1: Gentle start-ups");
    assertThat(page.locator("#handout-phrases li")).hasCount(3);
    assertThat(page.locator("#handout-practice")).containsText("three parts");
    assertThat(page.locator("#print-handout")).isVisible();
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "handout-en");

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertThat(page.locator("#print-handout")).isHidden();
    assertThat(page.locator(".pp-header")).isHidden();
    assertThat(page.locator("#handout")).isVisible();
    byte[] pdf = page.pdf();
    assertEquals(1, pages(pdf), "the handout prints on one page");
  }

  @Test
  void aFrenchParticipantOpensAHandoutFromThePracticeHub(Visitors visitors) {
    TestPerson leo = visitors.people().participant("leo", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(
        page, leo.email(), leo.password(), "/my/module.xhtml?step=rituals-of-connection");
    assertThat(page.locator("#time-estimate")).containsText("Environ 24 minutes");
    assertThat(page.locator("#last-week-opener")).containsText("la semaine dernière");
    assertThat(page.locator("#private-device-note")).containsText("ne soit qu’à vous");

    page.navigate(visitors.url("/my/practice.xhtml"));
    page.locator("#handout-2").click();

    assertThat(page).hasURL(Pattern.compile(".*/my/handout\\.xhtml\\?step=2$"));
    assertThat(page.locator("#handout-title")).containsText("Fiche · Étape 2");
    assertThat(page.locator("#handout-phrases li")).hasCount(3);
    assertThat(page.locator("#print-handout")).hasText("Imprimer");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "handout-fr");

    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertEquals(1, pages(page.pdf()), "the French handout prints on one page too");

    // French runs longest: every step's handout still fits one sheet.
    for (int step = 1; step <= 7; step++) {
      page.navigate(visitors.url("/my/handout.xhtml?step=" + step));
      assertThat(page.locator("#handout")).isVisible();
      assertEquals(1, pages(page.pdf()), "the French handout of step " + step + " on one page");
    }
  }

  @Test
  void anUnknownStepGetsACalmMessage(Visitors visitors) {
    TestPerson ada = visitors.people().participant("ada", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, ada.email(), ada.password(), "/my/handout.xhtml?step=99");
    assertThat(page.locator("#handout-not-found")).containsText("no step with that number");
  }

  @Test
  void theHandoutIsForSignedInParticipantsOnly(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/my/handout.xhtml?step=1"));
    assertThat(page.locator("#handout")).hasCount(0);
  }

  /** Pages in a PDF from Chromium: one "/Type /Page" dictionary each (not "/Pages"). */
  private static int pages(byte[] pdf) {
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF"), "a PDF");
    Matcher page = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(text);
    int count = 0;
    while (page.find()) {
      count++;
    }
    return count;
  }
}
