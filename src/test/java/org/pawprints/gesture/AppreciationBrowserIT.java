package org.pawprints.gesture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Two partners, each in their own browser (one in English, one in French): one writes an
 * appreciation note, the other receives it in Pawprints and says thank you, and the writer sees it
 * acknowledged. Nobody can acknowledge a note that is not addressed to them.
 */
@BrowserTest
class AppreciationBrowserIT {

  private static final String PAGE = "/my/appreciations.xhtml";

  @Test
  void aNoteIsSentReceivedAndAcknowledged(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("noah", "en", "lea", "fr");
    Page noah = visitors.open("en-CA");
    visitors.signIn(noah, couple.first().email(), couple.first().password());
    Page lea = visitors.open("fr-CA");
    visitors.signInWithoutOpening(lea, couple.second().email(), couple.second().password());

    // From the dashboard to the practice hub to the notes.
    noah.locator("#practice-link").click();
    assertThat(noah.locator("#practice-heading")).hasText("Practice between sessions");
    noah.locator("#appreciations-link").click();
    assertThat(noah.locator("#notes\\:write-label")).hasText("Your note to Lea");
    assertThat(noah.locator("#no-sent")).isVisible();

    noah.locator("#notes\\:send").click();
    assertThat(noah.locator("#notes\\:messages")).containsText("Write a few words first.");

    String words = "<script>alert('x')</script> Thanks for taking the dog out 🐾";
    noah.locator("#notes\\:text").fill(words);
    noah.locator("#notes\\:send").click();
    assertThat(noah.locator("#notes\\:messages")).containsText("Your note is on its way.");
    assertThat(noah.locator("#notes\\:text")).hasValue("");
    assertThat(noah.locator("#sent .pp-note-text")).hasText(words);
    assertThat(noah.locator("#sent script")).hasCount(0);
    assertThat(noah.locator("#sent .pp-ack")).hasText("Not acknowledged yet");
    assertThat(noah.locator("#week-count")).hasText("This week: 1 sent, 0 received");
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "appreciations-sent-en");

    long leaId = couple.second().id();
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM notification WHERE kind = 'APPRECIATED' AND detail IS NULL"
                + " AND link = '/my/appreciations.xhtml' AND recipient_id = "
                + leaId
                + " AND actor_id = "
                + couple.first().id()));

    // Léa hears of it from the bell, and its link opens her notes.
    lea.navigate(visitors.url("/account/notifications.xhtml"));
    assertThat(lea.locator("#notifications"))
        .containsText("Noah vous a envoyé un mot de reconnaissance.");
    assertThat(lea.locator("#notifications")).not().containsText("dog");
    lea.locator("#notifications a").first().click();
    assertThat(lea.locator("#appreciations-heading")).hasText("Mots de reconnaissance");
    assertThat(lea.locator("#received .pp-note-text")).hasText(words);
    assertThat(lea.locator("#received .pp-log-when")).containsText("De Noah");
    assertThat(lea.locator("#week-count")).hasText("Cette semaine : envoyés 0 · reçus 1");
    Accessibility.assertNoSeriousViolations(lea);
    lea.locator("#received button").click();
    assertThat(lea.locator("#notes\\:messages"))
        .containsText("Votre partenaire verra votre merci.");
    assertThat(lea.locator("#received .pp-thanked")).hasText("Vous avez dit merci");
    assertThat(lea.locator("#received button")).hasCount(0);
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "appreciations-received-fr");

    noah.reload();
    assertThat(noah.locator("#sent .pp-ack")).hasText("Acknowledged");
    noah.navigate(visitors.url("/account/notifications.xhtml"));
    assertThat(noah.locator("#notifications")).containsText("Lea received your appreciation.");
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM notification WHERE kind = 'APPRECIATION_ACKNOWLEDGED'"
                + " AND recipient_id = "
                + couple.first().id()));
  }

  @Test
  void aNoteForSomeoneElseCannotBeAcknowledgedAndASoloParticipantWaitsCalmly(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple ours = people.couple("omar", "en", "ines", "en");
    Couple theirs = people.couple("paul", "en", "rose", "en");

    // Paul writes to Rose: a note Ines must never be able to touch.
    Page paul = visitors.open("en-CA");
    visitors.signIn(paul, theirs.first().email(), theirs.first().password(), PAGE);
    paul.locator("#notes\\:text").fill("For Rose only");
    paul.locator("#notes\\:send").click();
    assertThat(paul.locator("#notes\\:messages")).containsText("Your note is on its way.");
    String foreign =
        people.queryOne(
            "SELECT id FROM appreciation_note WHERE recipient_id = " + theirs.second().id());

    Page omar = visitors.open("en-CA");
    visitors.signIn(omar, ours.first().email(), ours.first().password(), PAGE);
    // Over-long: refused with a message; the words stay in the box.
    String tooLong = "You make mornings easier. ".repeat(20);
    omar.locator("#notes\\:text").fill(tooLong);
    omar.locator("#notes\\:send").click();
    assertThat(omar.locator("#notes\\:messages")).containsText("500 characters at most");
    assertThat(omar.locator("#notes\\:text")).hasValue(tooLong);
    omar.locator("#notes\\:text").fill("You make mornings easier.");
    omar.locator("#notes\\:send").click();
    assertThat(omar.locator("#notes\\:messages")).containsText("Your note is on its way.");

    // Ines's "Thank you" is rewritten in flight to name Paul's note: refused, nothing changes.
    Page ines = visitors.open("en-CA");
    visitors.signIn(ines, ours.second().email(), ours.second().password(), PAGE);
    ines.route(
        "**" + PAGE + "*",
        route -> {
          String body = route.request().postData();
          route.resume(
              new Route.ResumeOptions()
                  .setPostData(
                      body == null ? null : body.replaceAll("note=\\d+", "note=" + foreign)));
        });
    ines.locator("#received button").click();
    assertThat(ines.locator("#notes\\:messages")).containsText("This note is not addressed to you");
    assertNull(
        people.queryOne("SELECT acknowledged_at FROM appreciation_note WHERE id = " + foreign));
    assertEquals(
        "0",
        people.queryOne(
            "SELECT COUNT(*) FROM notification WHERE kind = 'APPRECIATION_ACKNOWLEDGED'"
                + " AND recipient_id = "
                + theirs.first().id()));
    ines.unrouteAll();
    ines.reload();
    ines.locator("#received button").click();
    assertThat(ines.locator("#received .pp-thanked")).hasText("You said thank you");

    // Someone whose partner has not joined: a calm state, no form.
    TestPerson sam = people.participant("sam", "en");
    Page solo = visitors.open("en-CA");
    visitors.signIn(solo, sam.email(), sam.password(), PAGE);
    assertThat(solo.locator("#solo")).containsText("Once your partner joins");
    assertThat(solo.locator("#notes\\:text")).hasCount(0);
    assertThat(solo.locator("#invite-partner"))
        .hasAttribute("href", Pattern.compile(".*/my/partner\\.xhtml$"));
    assertThat(solo.locator("#no-received")).isVisible();
    Accessibility.assertNoSeriousViolations(solo);
    visitors.screenshot(solo, "appreciations-solo-en");
  }
}
