package org.pawprints.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 15, the private safety check, in two browsers each: a participant raises a concern and is
 * shown help at once; their partner's browser shows no trace anywhere (pages, notifications, the
 * shared exercise, live sessions, progress, their own data, mail); the facilitator's follow-up list
 * names the person only when they agreed, never their answers. On the individual track the
 * participant's sharing is not offered and the partner sees the ordinary "hasn't answered yet".
 */
@BrowserTest
class SafetyCheckBrowserIT {

  private static final String CHECK = "/my/safety-check.xhtml";
  private static final String EXERCISE =
      "/my/module.xhtml?step=gentle-start-up&at=e-what-helps-me-listen";

  /** What the partner can reach, read before and after: nothing may change. */
  private static final List<String> PARTNER_PAGES =
      List.of(
          "/my/index.xhtml",
          "/my/partner.xhtml",
          "/account/notifications.xhtml",
          EXERCISE,
          "/my/closeness.xhtml",
          "/my/live-sessions.xhtml",
          "/my/practice.xhtml");

  @Test
  void aConcernShowsHelpAndLeavesThePartnerNoTrace(Visitors visitors) throws Exception {
    Couple couple = visitors.people().couple("maya", "en", "jules", "fr");
    TestPerson fran = visitors.people().facilitatorOf(couple.cohortId(), "fran", "en");
    Page jules = visitors.open("fr-CA");
    visitors.signIn(jules, couple.second().email(), couple.second().password());
    Map<String, String> before = visibleText(visitors, jules);

    // Maya's first sign-in offers the check once; she takes it.
    Page maya = visitors.open("en-CA");
    visitors.signIn(maya, couple.first().email(), couple.first().password(), "/my/index.xhtml");
    assertThat(maya.locator("#safety-offer")).isVisible();
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "safety-offer-en");
    maya.locator("#safety-offer-form\\:safety-offer-open").click();
    assertThat(maya.locator("#safety-heading")).hasText("Just for you");
    assertThat(maya.locator("#not-now")).isVisible();
    assertThat(maya.locator("#safety\\:ask-check-in")).not().isChecked();
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "safety-questions-en");
    pick(maya, "SAFE_AT_HOME", "Not always");
    pick(maya, "AFRAID", "I’m not sure");
    maya.locator("#safety\\:ask-check-in").check();
    maya.locator("#safety\\:save").click();
    assertThat(maya.locator("#result-heading")).hasText("Thank you for telling us.");
    assertThat(maya.locator("#help-now")).hasAttribute("href", Pattern.compile(".*/help\\.xhtml$"));
    assertThat(maya.locator("#check-in-asked")).isVisible();
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "safety-concern-en");
    // The offer is made once: back home, it is gone; the menu link stays.
    maya.navigate(visitors.url("/my/index.xhtml"));
    assertThat(maya.locator("#safety-offer")).hasCount(0);
    assertThat(maya.locator("#safety-check-link")).isVisible();

    // Jules sees exactly what he saw before, gets no notice and no mail, and his data holds none.
    assertEquals(before, visibleText(visitors, jules));
    assertThat(jules.locator("#bell-count")).hasCount(0);
    assertEquals(
        "0",
        visitors
            .people()
            .queryOne(
                "SELECT COUNT(*) FROM notification WHERE recipient_id = " + couple.second().id()));
    assertEquals(
        "0",
        visitors
            .people()
            .queryOne(
                "SELECT COUNT(*) FROM mail_message WHERE LOWER(recipient) IN ('"
                    + couple.first().email().toLowerCase()
                    + "', '"
                    + couple.second().email().toLowerCase()
                    + "')"));
    assertTrue(visitors.mail().messagesTo(couple.second().email()).isEmpty());
    jules.navigate(visitors.url("/account/profile.xhtml"));
    Download download = jules.waitForDownload(() -> jules.locator("#mydata\\:download").click());
    String julesData = Files.readString(download.path());
    assertFalse(julesData.contains("safetyCheck"), julesData);
    assertTrue(julesData.contains("\"followUpsAboutMe\":[]"), julesData);

    // The facilitator's list: check in privately with Maya, and why; never her answers.
    Page facilitator = visitors.open("en-CA");
    visitors.signIn(
        facilitator,
        fran.email(),
        fran.password(),
        "/facilitate/cohort.xhtml?id=" + couple.cohortId());
    facilitator.locator("#follow-ups-link").click();
    Locator item = facilitator.locator(".pp-follow-up");
    assertThat(item).hasCount(1);
    assertThat(item).containsText("Check in privately with Maya");
    assertThat(item).containsText("asked that a facilitator check in with them privately");
    assertThat(facilitator.locator("#main")).not().containsText("Not always");
    assertThat(facilitator.locator("#main")).not().containsText("not sure");
    Accessibility.assertNoSeriousViolations(facilitator);
    visitors.screenshot(facilitator, "follow-ups-en");
    item.locator("textarea").fill("Called her on her own phone; she is okay for now.");
    item.locator("button").click();
    assertThat(facilitator.locator("#follow-ups\\:messages")).containsText("Marked done.");
    assertThat(facilitator.locator("#nobody")).isVisible();
    assertThat(facilitator.locator(".pp-follow-up-note")).containsText("on her own phone");

    // Neither partner can open the list, however they ask.
    String list = "/facilitate/follow-ups.xhtml?cohort=" + couple.cohortId();
    for (Page participant : List.of(maya, jules)) {
      assertEquals(
          403, participant.context().request().get(visitors.url(list)).status(), "a participant");
    }
  }

  @Test
  void withoutAgreementNobodyIsAskedAndTheIndividualTrackLooksLikeAQuietWeek(Visitors visitors) {
    Couple couple = visitors.people().couple("lea", "fr", "noah", "en");
    TestPerson fran = visitors.people().facilitatorOf(couple.cohortId(), "franca", "fr");
    Page lea = visitors.open("fr-CA");
    visitors.signIn(lea, couple.first().email(), couple.first().password(), CHECK);
    assertThat(lea.locator("#safety-heading")).hasText("Juste pour vous");
    assertThat(lea.locator("#not-now")).hasCount(0);
    pick(lea, "TOGETHER_OK", "Non");
    lea.locator("#safety\\:save").click();
    assertThat(lea.locator("#result-heading")).hasText("Merci de nous l’avoir dit.");
    assertThat(lea.locator("#check-in-asked")).hasCount(0);
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "safety-concern-fr");
    // Answering again starts from her last answers.
    lea.locator("#again").click();
    assertThat(lea.locator("#question-TOGETHER_OK input[value='NO']")).isChecked();

    Page facilitator = visitors.open("fr-CA");
    visitors.signIn(
        facilitator,
        fran.email(),
        fran.password(),
        "/facilitate/follow-ups.xhtml?cohort=" + couple.cohortId());
    assertThat(facilitator.locator("#nobody"))
        .hasText("Personne n’a besoin d’un contact privé pour le moment.");
    Accessibility.assertNoSeriousViolations(facilitator);

    // Léa does the modules on her own for now: her answer is hers, sharing is not offered.
    lea.locator("#track-form\\:track-own").click();
    assertThat(lea.locator("#track-form\\:track-messages")).containsText("C’est fait.");
    assertThat(lea.locator("#track-own-text")).isVisible();
    Accessibility.assertNoSeriousViolations(lea);
    lea.navigate(visitors.url(EXERCISE));
    assertThat(lea.locator("#own-track-note")).isVisible();
    assertThat(lea.locator("#answer\\:visibility")).hasCount(0);
    lea.locator("#answer\\:text").fill("Quand tu m’écoutes sans ton téléphone.");
    lea.locator("#answer\\:save").click();
    assertThat(lea.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    assertThat(lea.locator("#answer\\:messages")).containsText("elle reste avec vous");
    assertThat(lea.locator("#answer\\:messages")).not().containsText("partenaire");
    assertThat(lea.locator("#partner-status")).containsText("rien de nouveau n’est dévoilé");
    assertThat(lea.locator("#stage-done")).containsText("elle reste avec vous pendant que");
    visitors.screenshot(lea, "track-own-status-fr");
    Accessibility.assertNoSeriousViolations(lea);

    // Noah, in English, sees the ordinary wait, and no notice.
    Page noah = visitors.open("en-CA");
    visitors.signIn(noah, couple.second().email(), couple.second().password(), EXERCISE);
    assertThat(noah.locator("#partner-status")).containsText("Your partner hasn't answered yet.");
    noah.locator("#answer\\:text").fill("When you ask about my day.");
    noah.locator("#answer\\:save").click();
    assertThat(noah.locator("#answer\\:messages")).containsText("Your answer is saved.");
    assertThat(noah.locator("#answer\\:messages")).containsText("Your partner may now see it");
    assertThat(noah.locator("#partner-status")).containsText("Your partner hasn't answered yet.");
    assertThat(noah.locator("#reveal-pair")).hasCount(0);
    assertThat(noah.locator("body")).not().containsText("téléphone");
    assertThat(noah.locator("#bell-count")).hasCount(0);
    noah.navigate(visitors.url("/my/partner.xhtml"));
    assertThat(noah.locator("#track-together")).isVisible();
    assertThat(noah.locator("#track-own-text")).hasCount(0);

    // Back together: what she wrote on her own stays hers, and her page says so.
    lea.navigate(visitors.url("/my/partner.xhtml"));
    lea.locator("#track-form\\:track-together-button").click();
    assertThat(lea.locator("#track-form\\:track-messages"))
        .containsText("Ce que vous avez écrit de votre côté reste avec vous");
    noah.navigate(visitors.url(EXERCISE));
    assertThat(noah.locator("#partner-status")).containsText("Your partner hasn't answered yet.");

    lea.navigate(visitors.url(EXERCISE));
    assertThat(lea.locator("#track-held-note"))
        .containsText("Votre partenaire ne le voit pas, sauf si vous le partagez.");
    assertThat(lea.locator("#partner-status")).containsText("jusqu’à ce que vous la partagiez");
    assertThat(lea.locator("#stage-done")).containsText("jusqu’à ce que vous choisissiez");
    visitors.screenshot(lea, "track-held-fr");
    Accessibility.assertNoSeriousViolations(lea);
    // "Done" on the same words releases nothing; only her choice does.
    lea.locator("#answer\\:save").click();
    assertThat(lea.locator("#answer\\:messages"))
        .containsText("elle reste avec vous jusqu’à ce que vous choisissiez");
    noah.navigate(visitors.url(EXERCISE));
    assertThat(noah.locator("#partner-status")).containsText("Your partner hasn't answered yet.");
    lea.locator("#answer\\:share-from-track").click();
    assertThat(lea.locator("#answer\\:messages")).containsText("C’est partagé.");
    assertThat(lea.locator("#track-held-note")).hasCount(0);
    assertThat(lea.locator("#stage-done")).containsText("votre partenaire peut la voir");
    assertThat(lea.locator("#reveal-partner")).containsText("When you ask about my day.");
    noah.navigate(visitors.url(EXERCISE));
    assertThat(noah.locator("#reveal-partner")).containsText("sans ton téléphone");
  }

  private static void pick(Page page, String question, String label) {
    page.locator("#question-" + question + " label")
        .getByText(label, new Locator.GetByTextOptions().setExact(true))
        .click();
  }

  /** The text the partner reads on each page (what a glance at their phone would show). */
  private static Map<String, String> visibleText(Visitors visitors, Page page) {
    Map<String, String> text = new LinkedHashMap<>();
    for (String path : PARTNER_PAGES) {
      page.navigate(visitors.url(path));
      text.put(path, page.locator("body").innerText());
    }
    return text;
  }
}
