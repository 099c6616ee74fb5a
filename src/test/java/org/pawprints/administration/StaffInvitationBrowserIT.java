package org.pawprints.administration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13: an administrator invites a facilitator by email, from the people list or from a
 * cohort's page; the facilitator chooses a password and sees the facilitator area only.
 */
@BrowserTest
class StaffInvitationBrowserIT {

  private static final String PASSWORD = "a long staff password 13";

  @Test
  void anAdminInvitesAFacilitatorWhoSeesOnlyTheFacilitatorArea(Visitors visitors)
      throws MessagingException {
    Page admin = visitors.open("en-CA");
    visitors.signIn(
        admin,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/people.xhtml");
    admin.locator("#invite-staff").click();
    Accessibility.assertNoSeriousViolations(admin);
    String email = TestPeople.uniqueEmail("fatima");
    admin.locator("#staff\\:email").fill(email);
    admin.locator("#staff\\:name").fill("Fatima");
    admin.locator("#staff\\:send").click();
    assertThat(admin.locator("#people\\:messages"))
        .containsText("An invitation is on its way to " + email);
    admin.locator("#people\\:text").fill(email);
    admin.locator("#people\\:search").click();
    assertThat(admin.locator("#people\\:list tbody tr").first())
        .containsText("Invited, no password yet");

    MimeMessage mail = visitors.mail().awaitMessageTo(email);
    assertTrue(mail.getSubject().contains("Facilitator"), mail.getSubject());
    Page fatima = visitors.open("en-CA");
    fatima.navigate(visitors.url(TestMail.linkPath(mail)));
    assertThat(fatima.locator("h1")).hasText("Welcome to Pawprints");
    Accessibility.assertNoSeriousViolations(fatima);
    fatima.locator("#welcome\\:password").fill(PASSWORD);
    fatima.locator("#welcome\\:confirmation").fill(PASSWORD);
    fatima.locator("#welcome\\:submit").click();
    // Signed in at once, in the facilitator area (session 6): no second typing of the password.
    assertThat(fatima.locator("#welcome-note"))
        .containsText("Your password is saved and you are signed in");
    assertThat(fatima).hasURL(Pattern.compile(".*/facilitate/index\\.xhtml.*"));
    assertThat(fatima.locator("#home-heading")).containsText("Fatima");
    assertEquals(403, fatima.navigate(visitors.url("/my/index.xhtml")).status());
    assertEquals(403, fatima.navigate(visitors.url("/admin/index.xhtml")).status());

    // The link works once.
    Page again = visitors.open("en-CA");
    again.navigate(visitors.url(TestMail.linkPath(mail)));
    assertThat(again.locator("#welcome\\:link-invalid")).containsText("already been used");
  }

  @Test
  void enFrançaisUnAdministrateurInviteUnePersonneAnimatriceDepuisLaCohorte(Visitors visitors) {
    TestPerson agathe = visitors.people().create("agathe", "fr", "ADMIN");
    long cohortId = visitors.people().soloParticipants().cohortId();
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, agathe.email(), agathe.password(), "/admin/cohort.xhtml?id=" + cohortId);
    assertThat(admin.locator("#facilitators\\:no-facilitators")).isVisible();
    admin.locator("#invite-facilitator").click();
    assertThat(admin.locator("#for-cohort")).isVisible();
    Accessibility.assertNoSeriousViolations(admin);
    String email = TestPeople.uniqueEmail("benoit");
    admin.locator("#staff\\:email").fill(email);
    admin.locator("#staff\\:name").fill("Benoît");
    admin
        .locator("#staff\\:language_input")
        .selectOption("FR", new Locator.SelectOptionOptions().setForce(true));
    admin.locator("#staff\\:send").click();
    assertThat(admin.locator("#facilitator-list")).containsText(email);
    Accessibility.assertNoSeriousViolations(admin);

    MimeMessage mail = visitors.mail().awaitMessageTo(email);
    assertTrue(TestMail.body(mail).contains("Bonjour Benoît"));
    Page benoit = visitors.open("fr-CA");
    benoit.navigate(visitors.url(TestMail.linkPath(mail)));
    benoit.locator("#welcome\\:password").fill(PASSWORD);
    benoit.locator("#welcome\\:confirmation").fill(PASSWORD);
    benoit.locator("#welcome\\:submit").click();
    assertThat(benoit.locator("#welcome-note"))
        .containsText("Votre mot de passe est enregistré et votre session est ouverte");
    assertThat(benoit).hasURL(Pattern.compile(".*/facilitate/index\\.xhtml.*"));
    assertEquals(
        200, benoit.navigate(visitors.url("/facilitate/cohort.xhtml?id=" + cohortId)).status());
    assertEquals(403, benoit.navigate(visitors.url("/my/index.xhtml")).status());

    // Removing asks first, and the first answer can be "keep".
    admin.locator("#facilitator-list li").first().locator("input[value='Retirer']").click();
    assertThat(admin.locator("#facilitator-list")).containsText("Retirer Benoît de");
    admin.locator("input[value='La garder']").click();
    assertThat(admin.locator("#facilitator-list")).containsText(email);
    admin.locator("#facilitator-list li").first().locator("input[value='Retirer']").click();
    admin.locator("input[value='Oui, retirer']").click();
    assertThat(admin.locator("#facilitators\\:no-facilitators")).isVisible();
  }
}
