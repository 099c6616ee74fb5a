package org.pawprints.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A facilitator sets the cohort's gentle nudges (a value out of range is refused with a clear
 * message) and checks now; a participant who has been quiet since joining finds a warm note in the
 * bell that names nobody, and by email in French when she chose it on her profile; M days later the
 * couple is on the follow-up list with the reason. The couple joined ten days ago (set in the
 * database: the server's clock is the real one here).
 */
@BrowserTest
class NudgesBrowserIT {

  @Test
  void aFacilitatorSetsTheNudgesAndAQuietParticipantFindsOneInTheBell(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("sam", "en", "noor", "en");
    TestPerson fay = people.facilitatorOf(couple.cohortId(), "fay", "en");
    joinedTenDaysAgo(people, couple.cohortId());

    Page staff = visitors.open("en-CA");
    visitors.signIn(staff, fay.email(), fay.password(), nudgesOf(couple));
    assertThat(staff.locator("h1")).hasText("Gentle nudges");
    assertThat(staff.locator("#nudges\\:inactive-days")).hasValue("7");
    Accessibility.assertNoSeriousViolations(staff);
    visitors.screenshot(staff, "nudge-settings-en");

    staff.locator("#nudges\\:inactive-days").fill("0");
    staff.locator("#nudges\\:save").click();
    assertThat(staff.locator("#nudges\\:messages"))
        .hasText("Days without activity must be a whole number from 1 to 60.");
    assertThat(staff.locator("#nudges\\:inactive-days")).hasValue("0");
    staff.locator("#nudges\\:inactive-days").fill("5");
    staff.locator("#nudges\\:check-in-drop-on").uncheck();
    staff.locator("#nudges\\:save").click();
    assertThat(staff.locator("#nudges\\:messages")).hasText("Nudge settings saved.");
    staff.reload();
    assertThat(staff.locator("#nudges\\:inactive-days")).hasValue("5");
    assertThat(staff.locator("#nudges\\:check-in-drop-on")).not().isChecked();

    staff.locator("#check\\:check-now").click();
    assertThat(staff.locator("#check\\:messages"))
        .hasText("Checked: 2 nudged, 0 added to the follow-up list.");

    Page phone = visitors.open("en-CA");
    visitors.signIn(phone, couple.first().email(), couple.first().password());
    assertThat(phone.locator("#bell")).hasAttribute("aria-label", "Notifications, 1 unread");
    phone.locator("#bell").click();
    assertThat(phone.locator("#notifications > li").first())
        .containsText("Thinking of you. Your workshop is here whenever you have a quiet moment");
    assertThat(phone.locator("#notifications")).not().containsText("Noor");
    Accessibility.assertNoSeriousViolations(phone);
    visitors.screenshot(phone, "nudge-in-the-bell-en");
    assertTrue(visitors.mail().messagesTo(couple.first().email()).isEmpty(), "no email unasked");

    // Nothing changes for M (5) more days: the couple goes on the follow-up list, reason only.
    people.execute(
        "UPDATE care_nudge SET nudged_at = DATEADD('DAY', -5, nudged_at) WHERE cohort_id = ?",
        couple.cohortId());
    staff.locator("#check\\:check-now").click();
    assertThat(staff.locator("#check\\:messages"))
        .hasText("Checked: 0 nudged, 1 added to the follow-up list.");
    staff.navigate(visitors.url("/facilitate/follow-ups.xhtml?cohort=" + couple.cohortId()));
    assertThat(staff.locator("#open-items > li")).hasCount(1);
    assertThat(staff.locator("#open-items > li").first()).hasAttribute("data-reason", "INACTIVE");
    assertThat(staff.locator("#open-items > li").first())
        .containsText("No activity for a while, and a friendly reminder changed nothing.");
  }

  @Test
  void enFrancaisLeRappelArriveAussiParCourrielQuandOnLeChoisit(Visitors visitors)
      throws MessagingException {
    TestPeople people = visitors.people();
    Couple couple = people.couple("lea", "fr", "theo", "fr");
    TestPerson fanny = people.facilitatorOf(couple.cohortId(), "fanny", "fr");

    Page phone = visitors.open("fr-CA");
    visitors.signIn(
        phone, couple.first().email(), couple.first().password(), "/account/profile.xhtml");
    assertThat(phone.locator("#nudge-email-heading")).hasText("Petits rappels par courriel");
    assertThat(phone.locator("#nudge-email\\:by-email")).not().isChecked();
    phone.locator("#nudge-email\\:by-email").check();
    phone.locator("#nudge-email\\:save").click();
    assertThat(phone.locator("#nudge-email\\:messages"))
        .hasText("Les petits rappels arriveront aussi par courriel.");
    Accessibility.assertNoSeriousViolations(phone);
    joinedTenDaysAgo(people, couple.cohortId());

    Page staff = visitors.open("fr-CA");
    visitors.signIn(staff, fanny.email(), fanny.password(), nudgesOf(couple));
    assertThat(staff.locator("h1")).hasText("Petits rappels bienveillants");
    Accessibility.assertNoSeriousViolations(staff);
    visitors.screenshot(staff, "nudge-settings-fr");
    staff.locator("#nudges\\:check-in-drop").fill("12");
    staff.locator("#nudges\\:save").click();
    assertThat(staff.locator("#nudges\\:messages"))
        .hasText("La baisse d’un bilan doit être un nombre entier de points de 1 à 9.");
    staff.locator("#check\\:check-now").click();
    assertThat(staff.locator("#check\\:messages"))
        .hasText("Vérifié\u00a0: 2 rappel(s) envoyé(s), 0 ajout(s) à la liste de suivi.");

    MimeMessage mail = visitors.mail().awaitMessageTo(couple.first().email());
    assertEquals("On pense à vous", mail.getSubject());
    String body = TestMail.body(mail);
    assertTrue(body.startsWith("Bonjour "), body);
    assertFalse(body.contains("Theo") || body.contains("theo"), "never the partner: " + body);

    phone.navigate(visitors.url("/account/notifications.xhtml"));
    assertThat(phone.locator("#notifications > li").first())
        .containsText("On pense à vous. Votre atelier vous attend");
    assertTrue(
        visitors.mail().messagesTo(couple.second().email()).isEmpty(),
        "Theo did not ask for email");
  }

  private static String nudgesOf(Couple couple) {
    return "/facilitate/nudges.xhtml?cohort=" + couple.cohortId();
  }

  private static void joinedTenDaysAgo(TestPeople people, long cohortId) {
    people.execute(
        "UPDATE cohort_member SET joined_at = DATEADD('DAY', -10, CURRENT_TIMESTAMP)"
            + " WHERE cohort_id = ?",
        cohortId);
  }
}
