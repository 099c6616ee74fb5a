package org.pawprints.closeness;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Two partners check in on their own phones, in English and in French: each sees their own trend as
 * a chart and a table; the partner sees the ratings (never the notes) only once shared; bad input
 * gets a message and loses nothing.
 */
@BrowserTest
class ClosenessBrowserIT {

  private static final String PAGE = "/my/closeness.xhtml";
  private static final String NOTE = "We laughed at supper <script>alert('x')</script> 😊";

  @Test
  void eachSeesTheirOwnTrendAndThePartnerOnlyWhatIsShared(Visitors visitors) {
    Couple couple = visitors.people().couple("mia", "en", "jules", "fr");
    Page mia = visitors.open("en-CA");
    List<String> cspErrors = cspErrors(mia);
    visitors.signIn(mia, couple.first().email(), couple.first().password());
    Page jules = visitors.open("fr-CA");
    visitors.signInWithoutOpening(jules, couple.second().email(), couple.second().password());

    mia.locator("#practice-link").click();
    mia.locator("#closeness-link").click();
    assertThat(mia.locator("#closeness-heading")).hasText("Weekly closeness check-in");
    assertThat(mia.locator("#no-check-ins")).isVisible();
    assertThat(mia.locator("#partner-line")).containsText("keeps their check-ins to themselves");
    Accessibility.assertNoSeriousViolations(mia);

    // Forgot the number: a message, and the note is still there.
    mia.locator("#checkin\\:note").fill(NOTE);
    mia.locator("#checkin\\:save").click();
    assertThat(mia.locator("#checkin\\:messages"))
        .containsText("Please choose a number from 1 to 10.");
    assertThat(mia.locator("#checkin\\:note")).hasValue(NOTE);

    mia.locator("label[for='rating-7']").click();
    mia.locator("#checkin\\:save").click();
    assertThat(mia.locator("#checkin\\:messages")).containsText("Your check-in is saved.");
    assertThat(mia.locator("#my-chart canvas")).isVisible();
    assertThat(mia.locator("#my-chart canvas"))
        .hasAttribute(
            "aria-label",
            "Chart of my weekly closeness ratings, from 1 to 10. The same values are in the table below.");
    assertTrue(drawn(mia, "my-chart"), "the chart draws on its canvas");
    assertThat(mia.locator("#my-values tbody tr")).hasCount(1);
    assertThat(mia.locator("#my-values .pp-rating")).hasText("7");
    assertThat(mia.locator("#my-values")).containsText(NOTE);
    assertThat(mia.locator("#my-values script")).hasCount(0);
    assertThat(mia.locator("#rating-7")).isChecked();
    assertThat(mia.locator("#checkin\\:save")).hasText("Update this week's check-in");
    Accessibility.assertNoSeriousViolations(mia);
    visitors.screenshot(mia, "closeness-en");

    // Jules, in French, sees nothing of Mia's until she shares.
    jules.navigate(visitors.url(PAGE));
    assertThat(jules.locator("#partner-line")).containsText("garde ses bilans pour soi");
    assertThat(jules.locator("#partner-chart")).hasCount(0);
    assertThat(jules.locator("body")).not().containsText("laughed");
    jules.locator("label[for='rating-5']").click();
    jules.locator("#checkin\\:note").fill("Semaine chargée, mais on s’est parlé. 🌿");
    jules.locator("#checkin\\:save").click();
    assertThat(jules.locator("#checkin\\:messages")).containsText("Votre bilan est enregistré.");
    assertThat(jules.locator("#my-chart canvas")).isVisible();
    assertThat(jules.locator("#my-values .pp-rating")).hasText("5");
    Accessibility.assertNoSeriousViolations(jules);
    visitors.screenshot(jules, "closeness-fr");

    // Mia shares: Jules sees her rating, never her note.
    mia.locator("#sharing\\:share .ui-chkbox-box").click();
    assertThat(mia.locator("#sharing\\:messages"))
        .containsText("Your partner can now see your weekly ratings");
    assertEquals("TRUE", shared(visitors, couple.first()));
    jules.reload();
    assertThat(jules.locator("#partner-chart canvas")).isVisible();
    assertTrue(drawn(jules, "partner-chart"), "the partner's chart draws on its canvas");
    assertThat(jules.locator("#partner-values .pp-rating")).hasText("7");
    assertThat(jules.locator("#partner-trend")).not().containsText("laughed");
    Accessibility.assertNoSeriousViolations(jules);
    visitors.screenshot(jules, "closeness-partner-shared-fr");

    // Jules did not share: Mia still sees nothing of Jules's.
    mia.reload();
    assertThat(mia.locator("#partner-chart")).hasCount(0);
    assertThat(mia.locator("body")).not().containsText("Semaine chargée");

    // Mia turns sharing off again.
    mia.locator("#sharing\\:share .ui-chkbox-box").click();
    assertThat(mia.locator("#sharing\\:messages")).containsText("private again");
    jules.reload();
    assertThat(jules.locator("#partner-chart")).hasCount(0);
    assertEquals(List.of(), cspErrors);
  }

  @Test
  void badInputGetsAMessageAndLosesNothing(Visitors visitors) {
    Couple couple = visitors.people().couple("nora", "en", "remi", "fr");
    Page nora = visitors.open("en-CA");
    visitors.signIn(nora, couple.first().email(), couple.first().password(), PAGE);
    nora.locator("label[for='rating-6']").click();
    nora.locator("#checkin\\:note").fill("first words");
    nora.locator("#checkin\\:save").click();
    assertThat(nora.locator("#checkin\\:messages")).containsText("Your check-in is saved.");

    // A note longer than the box allows (the page's limit removed): refused, words kept.
    String tooLong = "x".repeat(501);
    nora.locator("#checkin\\:note").evaluate("e => e.removeAttribute('maxlength')");
    nora.locator("#checkin\\:note").fill(tooLong);
    nora.locator("label[for='rating-9']").click();
    nora.locator("#checkin\\:save").click();
    assertThat(nora.locator("#checkin\\:messages")).containsText("longer than 500 characters");
    assertThat(nora.locator("#checkin\\:note")).hasValue(tooLong);
    assertThat(nora.locator("#rating-9")).isChecked();
    assertThat(nora.locator("#my-values .pp-rating")).hasText("6");
    Accessibility.assertNoSeriousViolations(nora);

    // Ratings a form cannot send, sent anyway.
    nora.navigate(visitors.url(PAGE));
    tampered(nora, body -> body.replace("rating=6", "rating=11"));
    nora.locator("#checkin\\:save").click();
    assertThat(nora.locator("#checkin\\:messages"))
        .containsText("The rating must be from 1 to 10.");
    nora.navigate(visitors.url(PAGE));
    tampered(nora, body -> body.replace("rating=6", "rating=six"));
    nora.locator("#checkin\\:save").click();
    assertThat(nora.locator("#checkin\\:messages"))
        .containsText("The rating must be a whole number from 1 to 10.");
    nora.unroute("**" + PAGE + "*");
    nora.navigate(visitors.url(PAGE));
    assertThat(nora.locator("#my-values .pp-rating")).hasText("6");
    assertThat(nora.locator("#my-values")).containsText("first words");

    // Checking in again this week replaces the check-in.
    nora.locator("label[for='rating-8']").click();
    nora.locator("#checkin\\:save").click();
    assertThat(nora.locator("#checkin\\:messages"))
        .containsText("This week's check-in is updated.");
    assertThat(nora.locator("#my-values tbody tr")).hasCount(1);
    assertThat(nora.locator("#my-values .pp-rating")).hasText("8");
    assertEquals(
        "1",
        visitors
            .people()
            .queryOne(
                "SELECT COUNT(*) FROM closeness_check_in WHERE person_id = "
                    + couple.first().id()));
  }

  /** Whether Chart.js drew on the chart's canvas (a blank canvas has no coloured pixel). */
  private static boolean drawn(Page page, String chartId) {
    return (Boolean)
        page.evaluate(
            "id => { const c = document.getElementById(id + '_canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) return true; }"
                + " return false; }",
            chartId);
  }

  private static List<String> cspErrors(Page page) {
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
            errors.add(m.text());
          }
        });
    return errors;
  }

  private static void tampered(Page page, UnaryOperator<String> rewrite) {
    page.unroute("**" + PAGE + "*");
    page.route(
        "**" + PAGE + "*",
        route -> {
          String body = route.request().postData();
          if (body != null && body.contains("rating=")) {
            route.resume(new Route.ResumeOptions().setPostData(rewrite.apply(body)));
          } else {
            route.resume();
          }
        });
  }

  private static String shared(Visitors visitors, TestPerson person) {
    return visitors
        .people()
        .queryOne("SELECT shared FROM closeness_sharing WHERE person_id = " + person.id());
  }
}
