package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
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
 * An administrator sets up a cohort, invites people by mail, and they get in: a new person creates
 * an account, a person with an account signs in and joins. Revoking and resending, in EN and FR.
 */
@BrowserTest
class CohortsBrowserIT {

  /** The first administrator speaks English; a French administrator is seeded for French. */
  private static Page signedInAdmin(Visitors visitors, String locale) {
    Page admin = visitors.open(locale);
    if (locale.startsWith("fr")) {
      TestPerson francine = visitors.people().create("francine", "fr", "ADMIN");
      visitors.signIn(admin, francine.email(), francine.password());
    } else {
      visitors.signIn(
          admin, visitors.admin().person().email(), visitors.admin().person().password());
    }
    return admin;
  }

  /**
   * Types the two passwords, lets the session end (the phone put away for the evening), then taps
   * "Create": the invitation page keeps no view on the server, so the tap still goes through.
   */
  private static void createAfterTheSessionEnded(Page phone, String password, String again) {
    phone.locator("#accept\\:password").fill(password);
    phone.locator("#accept\\:confirmation").fill(again);
    Visitors.endSession(phone);
    phone.locator("#accept\\:create").click();
  }

  @Test
  void anAdminSetsUpACohortAndTheInvitedGetIn(Visitors visitors) throws Exception {
    TestPerson fay = visitors.people().create("fay", "en", "FACILITATOR");
    TestPerson ben = visitors.people().create("ben", "en", "PARTICIPANT");
    Page admin = signedInAdmin(visitors, "en-CA");

    long id =
        CohortPages.createCohort(
            visitors, admin, "Spring couples", "Facilitator-paced", "English", 3);
    assertThat(admin.locator(".pp-messages")).containsText("The cohort is created");
    Accessibility.assertNoSeriousViolations(admin);
    CohortPages.addFacilitator(admin, fay.email());
    // Removing a facilitator asks first (issue 13); "Keep them" leaves them in place.
    admin.locator("#facilitator-list input[value='Remove']").click();
    assertThat(admin.locator("#facilitator-list")).containsText("Remove Fay");
    Accessibility.assertNoSeriousViolations(admin);
    admin.locator("#facilitator-list input[value='Keep them']").click();
    assertThat(admin.locator("#facilitator-list")).containsText(fay.email());
    assertThat(admin.locator("#facilitator-list input[value='Yes, remove']")).hasCount(0);

    admin.locator("#open-roster").click();
    assertThat(admin.locator("#cohort-name")).hasText("Spring couples");
    String annie = TestPeople.uniqueEmail("annie");
    CohortPages.invite(admin, annie, "Annie");
    CohortPages.invite(admin, ben.email(), "Ben");
    assertThat(CohortPages.invitationRow(admin, annie).locator(".pp-state")).hasText("Sent");
    Accessibility.assertNoSeriousViolations(admin);
    visitors.screenshot(admin, "roster-with-invitations");

    // A new person accepts from the mail, on a phone.
    MimeMessage toAnnie = visitors.mail().awaitMessageTo(annie);
    assertEquals("Your invitation to the Pawprints group “Spring couples”", toAnnie.getSubject());
    assertTrue(TestMail.body(toAnnie).contains("Hello Annie"));
    Page phone = visitors.open("en-CA");
    phone.navigate(visitors.url(TestMail.linkPath(toAnnie)));
    assertThat(phone.locator("#invited-to")).containsText("Spring couples");
    Accessibility.assertNoSeriousViolations(phone);
    assertThat(phone.locator("#accept\\:displayName")).hasValue("Annie");
    // The phone was put away past its session, twice: the page keeps no view on the server, so
    // neither the mistake nor the final tap meets "page expired" (before, both did).
    createAfterTheSessionEnded(phone, "a calm evening together", "a calm evening together!");
    assertThat(phone.locator("#accept\\:messages")).containsText("not the same");
    assertThat(phone.locator("#accept\\:displayName")).hasValue("Annie");
    createAfterTheSessionEnded(phone, "a calm evening together", "a calm evening together");
    // Signed in at once with the password just chosen, on the dashboard (session 6).
    assertThat(phone).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
    assertThat(phone.locator("#welcome-note"))
        .containsText("Your account is ready, you are signed in, and you are in “Spring couples”");
    assertThat(phone.locator("#home-heading")).containsText("Annie");
    // Said once: the partner card's own message area does not repeat it.
    assertThat(phone.getByText("Your account is ready")).hasCount(1);

    // A person with an account signs in from the link and joins.
    Page laptop = visitors.open("en-CA");
    laptop.navigate(visitors.url(TestMail.linkPath(visitors.mail().awaitMessageTo(ben.email()))));
    laptop.locator("#sign-in-to-accept").click();
    laptop.locator("#login\\:email").fill(ben.email());
    laptop.locator("#login\\:password").fill(ben.password());
    laptop.locator("#login\\:submit").click();
    assertThat(laptop).hasURL(Pattern.compile(".*/invitation\\.xhtml\\?token=.*"));
    laptop.locator("#accept\\:join").click();
    assertThat(laptop.locator("#accept\\:joined")).containsText("You joined “Spring couples”");
    Accessibility.assertNoSeriousViolations(laptop);

    // The facilitator sees the roster of their cohort: both people, accepted.
    Page facilitator = visitors.open("en-CA");
    visitors.signIn(facilitator, fay.email(), fay.password());
    facilitator.locator("#cohorts-link").click();
    facilitator
        .locator("#cohorts a", new Page.LocatorOptions().setHasText("Spring couples"))
        .click();
    assertThat(facilitator)
        .hasURL(Pattern.compile(".*/facilitate/cohort\\.xhtml\\?id=" + id + "$"));
    assertThat(facilitator.locator("#solos")).containsText("Annie");
    assertThat(facilitator.locator("#solos")).containsText("Ben");
    assertThat(CohortPages.invitationRow(facilitator, annie).locator(".pp-state"))
        .hasText("Accepted");
    assertThat(CohortPages.invitationRow(facilitator, ben.email()).locator(".pp-state"))
        .hasText("Accepted");
    Accessibility.assertNoSeriousViolations(facilitator);

    // Facilitator-paced: the facilitator opens the first module.
    facilitator.locator("li.pp-step-row[data-step='gentle-start-up'] input[type=submit]").click();
    assertThat(facilitator.locator("li.pp-step-row[data-step='gentle-start-up'] .pp-state"))
        .hasText("Open");
    assertThat(facilitator.locator(".pp-messages")).containsText("The module is open");

    // The used link now gets a clear page.
    Page again = visitors.open("en-CA");
    again.navigate(visitors.url(TestMail.linkPath(toAnnie)));
    assertThat(again.locator("#accept\\:link-invalid")).containsText("already used");
    Accessibility.assertNoSeriousViolations(again);
  }

  @Test
  void revokingAndResendingInFrench(Visitors visitors) throws Exception {
    Page admin = signedInAdmin(visitors, "fr-CA");
    admin.navigate(visitors.url("/admin/cohort-edit.xhtml"));
    admin.locator("#cohort\\:name").fill("Automne");
    CohortPages.date(admin, "cohort\\:startsOn", "2027-03-01");
    CohortPages.date(admin, "cohort\\:endsOn", "2027-02-01");
    admin.locator("#cohort\\:save").click();
    assertThat(admin.locator("#cohort\\:messages")).containsText("La date de fin précède");
    Accessibility.assertNoSeriousViolations(admin);

    long id =
        CohortPages.createCohort(visitors, admin, "Automne à deux", "À son rythme", "Français", 1);
    // Retirer une animatrice demande d’abord (issue 13).
    TestPerson fiona = visitors.people().create("fiona", "fr", "FACILITATOR");
    admin.reload();
    CohortPages.addFacilitator(admin, fiona.email());
    admin.locator("#facilitator-list input[value='Retirer']").click();
    assertThat(admin.locator("#facilitator-list")).containsText("Retirer Fiona");
    admin.locator("#facilitator-list input[value='Oui, retirer']").click();
    assertThat(admin.locator("#facilitator-list")).not().containsText(fiona.email());
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + id));
    String chloe = TestPeople.uniqueEmail("chloe");
    CohortPages.invite(admin, chloe, "Chloé");
    admin.locator("#invite\\:email").evaluate("e => e.type = 'text'");
    admin.locator("#invite\\:email").fill("pas une adresse");
    admin.locator("#invite\\:send").click();
    assertThat(admin.locator("#messages")).containsText("nom@exemple.com");

    MimeMessage first = visitors.mail().awaitMessageTo(chloe);
    assertEquals(
        "Votre invitation au groupe Pawprints «\u00A0Automne à deux\u00A0»", first.getSubject());
    String firstLink = TestMail.linkPath(first);

    CohortPages.invitationRow(admin, chloe).locator("input[value='Révoquer']").click();
    assertThat(CohortPages.invitationRow(admin, chloe))
        .containsText("Révoquer l’invitation envoyée");
    CohortPages.invitationRow(admin, chloe).locator("input[value='Oui, révoquer']").click();
    assertThat(admin.locator(".pp-messages").first()).containsText("L’invitation est révoquée");
    assertThat(CohortPages.invitationRow(admin, chloe).locator(".pp-state")).hasText("Révoquée");

    Page phone = visitors.open("fr-CA");
    phone.navigate(visitors.url(firstLink));
    assertThat(phone.locator("#accept\\:link-invalid")).containsText("ne fonctionne plus");
    Accessibility.assertNoSeriousViolations(phone);

    CohortPages.invitationRow(admin, chloe).locator("input[value='Renvoyer']").click();
    assertThat(admin.locator(".pp-messages").first()).containsText("Un nouveau lien est en route");
    assertThat(CohortPages.invitationRow(admin, chloe).locator(".pp-state")).hasText("Envoyée");

    // A capacity of one couple: two seats, one taken by Chloé's invitation.
    CohortPages.invite(admin, TestPeople.uniqueEmail("dany"), "Dany");
    admin.locator("#invite\\:email").fill(TestPeople.uniqueEmail("eve"));
    admin.locator("#invite\\:send").click();
    assertThat(admin.locator("#messages")).containsText("La cohorte est complète");

    MimeMessage second = visitors.mail().awaitMessagesTo(chloe, 2).get(1);
    phone.navigate(visitors.url(TestMail.linkPath(second)));
    assertThat(phone.locator("#invited-to")).containsText("Automne à deux");
    // A name of her own, typed, then a mistake after the session ended: the name stays.
    phone.locator("#accept\\:displayName").fill("Chloé 🐾 « à deux »");
    createAfterTheSessionEnded(phone, "une soirée tranquille", "une soirée tranquil");
    assertThat(phone.locator("#accept\\:messages")).containsText("ne sont pas identiques");
    assertThat(phone.locator("#accept\\:displayName")).hasValue("Chloé 🐾 « à deux »");
    visitors.screenshot(phone, "invitation-mismatch-after-session-fr");
    // French puts a no-break space before the colon ("Courriel :"), which markup never hard-codes.
    assertTrue(
        phone.locator("p:has(#invited-email)").textContent().startsWith("Courriel\u00a0: "),
        phone.locator("p:has(#invited-email)").textContent());
    createAfterTheSessionEnded(phone, "une soirée tranquille", "une soirée tranquille");
    assertThat(phone).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
    assertThat(phone.locator("#welcome-note"))
        .containsText("Votre compte est prêt, votre session est ouverte");
    phone.navigate(visitors.url(firstLink));
    assertThat(phone.locator("#accept\\:link-invalid")).isVisible();
  }

  @Test
  void aFacilitatorCannotOpenAnotherCohort(Visitors visitors) {
    Page admin = signedInAdmin(visitors, "en-CA");
    long id = CohortPages.createCohort(visitors, admin, "Not yours", "Self-paced", "English", 2);
    TestPerson gus = visitors.people().create("gus", "en", "FACILITATOR");
    Page facilitator = visitors.open("en-CA");
    visitors.signInWithoutOpening(facilitator, gus.email(), gus.password());
    assertEquals(
        403, facilitator.navigate(visitors.url("/facilitate/cohort.xhtml?id=" + id)).status());
    facilitator.navigate(visitors.url("/facilitate/cohorts.xhtml"));
    assertThat(facilitator.locator("#cohorts")).not().containsText("Not yours");
    assertEquals(404, admin.navigate(visitors.url("/admin/cohort.xhtml?id=987654321")).status());
  }
}
