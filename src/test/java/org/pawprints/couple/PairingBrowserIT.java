package org.pawprints.couple;

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
import org.pawprints.testing.browser.TestPeople.SoloCohort;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Two people of one cohort, each in their own phone-sized browser (one in English, one in French),
 * pair up with a code, see each other on their dashboards, and one leaves after a confirmation. A
 * brand-new partner invited by email signs up, joins and is paired in one step. Bad codes get clear
 * messages; a facilitator cannot pair, and unpairs on the roster.
 */
@BrowserTest
class PairingBrowserIT {

  @Test
  void partnersPairByCodeSeeEachOtherAndOneLeaves(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("noah", "en", "lea", "fr");
    TestPerson noahPerson = cohort.person(0);
    TestPerson leaPerson = cohort.person(1);
    Page noah = visitors.open("en-CA");
    visitors.signIn(noah, noahPerson.email(), noahPerson.password());

    // Solo: a calm card with a way to invite.
    assertThat(noah.locator("#partner-card-solo"))
        .containsText("You have no partner in this group yet.");
    noah.locator("#partner-card-form\\:get-code").click();
    assertThat(noah.locator("#partner-card-form\\:messages")).containsText("Here is your code.");
    String code = noah.locator("#partner-card-code").innerText().strip();
    assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
    String link = noah.locator("#partner-card-form\\:link").inputValue();
    assertTrue(link.endsWith("/pair.xhtml?code=" + code.replace("-", "")), link);
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "dashboard-solo-en");

    // Léa opens the link before signing in: sign in first, then she is back with the code.
    Page lea = visitors.open("fr-CA");
    lea.navigate(visitors.url("/pair.xhtml?code=" + code.replace("-", "")));
    assertThat(lea.locator("#sign-in-first")).containsText("connectez-vous d’abord");
    assertThat(lea.locator("body")).not().containsText("Noah");
    Accessibility.assertNoSeriousViolations(lea);
    lea.locator("#sign-in-to-accept").click();
    lea.locator("#login\\:email").fill(leaPerson.email());
    lea.locator("#login\\:password").fill(leaPerson.password());
    lea.locator("#login\\:submit").click();
    lea.waitForURL(Pattern.compile(".*/pair\\.xhtml\\?code=" + code.replace("-", "") + "$"));
    assertThat(lea.locator("#pair-lead"))
        .containsText("Noah vous invite à devenir partenaires dans le groupe");
    assertThat(lea.locator("#pair\\:code")).hasValue(code.replace("-", ""));
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "pair-fr");
    lea.locator("#pair\\:accept").click();
    assertThat(lea.locator("#pair\\:paired"))
        .containsText("Noah et vous êtes maintenant partenaires");
    Accessibility.assertNoSeriousViolations(lea);
    lea.locator("#go-home").click();
    assertThat(lea.locator("#partner-card-paired")).containsText("Noah est votre partenaire.");

    noah.navigate(visitors.url("/my/index.xhtml"));
    assertThat(noah.locator("#partner-card-paired")).containsText("Lea is your partner.");
    noah.locator("#partner-card-manage").click();
    assertThat(noah.locator(".pp-partner-state")).containsText("You and Lea are partners");
    Accessibility.assertNoSeriousViolations(noah);

    // Leaving asks first, and says what Léa will and will not see.
    noah.locator("[id$='leave:start']").click();
    assertThat(noah.locator("#leave-title")).containsText("Leave your couple with Lea?");
    assertThat(noah.locator("#leave-confirmation"))
        .containsText("neither of you sees the other’s answers to shared exercises");
    assertThat(noah.locator("#leave-confirmation")).containsText("nothing you wrote is deleted");
    assertThat(noah.locator("#leave-confirmation")).containsText("such as appreciation notes");
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "leave-confirmation-en");
    // Changing one's mind keeps the couple.
    noah.locator("[id$='leave:cancel']").click();
    assertThat(noah.locator(".pp-partner-state")).containsText("You and Lea are partners");
    noah.locator("[id$='leave:start']").click();
    noah.locator("[id$='leave:confirm']").click();
    assertThat(noah.locator("#messages")).containsText("You left the couple.");
    assertThat(noah.locator(".pp-partner-state"))
        .containsText("You have no partner in this group yet.");
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "partner-solo-en");

    lea.navigate(visitors.url("/my/index.xhtml"));
    assertThat(lea.locator("#partner-card-solo"))
        .containsText("Vous n’avez pas encore de partenaire dans ce groupe.");
    lea.navigate(visitors.url("/my/partner.xhtml"));
    assertThat(lea.locator(".pp-partner-state"))
        .containsText("Vous n’avez pas encore de partenaire");
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "partner-solo-fr");
  }

  @Test
  void aBrandNewPartnerInvitedByEmailSignsUpJoinsAndIsPaired(Visitors visitors)
      throws MessagingException {
    SoloCohort cohort = visitors.people().soloParticipants("lucie", "fr", "omar", "en");
    TestPerson luciePerson = cohort.person(0);
    Page lucie = visitors.open("fr-CA");
    visitors.signIn(lucie, luciePerson.email(), luciePerson.password(), "/my/partner.xhtml");
    Accessibility.assertNoSeriousViolations(lucie);

    // Her partner reads English: she picks the email's language.
    String sam = "sam-" + System.nanoTime() + "@pawprints.test";
    lucie.locator("[id$='invite:email']").fill(sam);
    lucie
        .locator("[id$='invite:language_input']")
        .selectOption("en", new Locator.SelectOptionOptions().setForce(true));
    lucie.locator("[id$='invite:send']").click();
    assertThat(lucie.locator("#messages"))
        .containsText("Votre invitation est en route vers " + sam);
    assertThat(lucie.locator("#mailed")).containsText(sam);
    visitors.screenshot(lucie, "partner-mailed-fr");

    MimeMessage mail = visitors.mail().awaitMessageTo(sam);
    assertEquals("Lucie invites you to Pawprints as their partner", mail.getSubject());
    assertTrue(TestMail.body(mail).contains("paired with Lucie"), TestMail.body(mail));

    Page samPage = visitors.open("en-CA");
    samPage.navigate(visitors.url(TestMail.linkPath(mail)));
    samPage.locator("#accept\\:displayName").fill("Sam Rivera");
    samPage.locator("#accept\\:password").fill("a long enough passphrase");
    samPage.locator("#accept\\:confirmation").fill("a long enough passphrase");
    samPage.locator("#accept\\:create").click();
    samPage.waitForURL(Pattern.compile(".*/my/index\\.xhtml.*"));
    assertThat(samPage.locator("#partner-card-paired")).containsText("Lucie is your partner.");
    Accessibility.assertNoSeriousViolations(samPage);
    visitors.screenshot(samPage, "dashboard-paired-en");

    lucie.navigate(visitors.url("/my/index.xhtml"));
    assertThat(lucie.locator("#partner-card-paired")).containsText("Sam est votre partenaire.");

    // The other way round: an English speaker invites a French-speaking newcomer.
    TestPerson omarPerson = cohort.person(1);
    Page omar = visitors.open("en-CA");
    visitors.signIn(omar, omarPerson.email(), omarPerson.password(), "/my/partner.xhtml");
    String zoe = "zoe-" + System.nanoTime() + "@pawprints.test";
    omar.locator("[id$='invite:email']").fill(zoe);
    omar.locator("[id$='invite:language_input']")
        .selectOption("fr", new Locator.SelectOptionOptions().setForce(true));
    omar.locator("[id$='invite:send']").click();
    assertThat(omar.locator("#messages")).containsText("Your invitation is on its way to " + zoe);
    MimeMessage french = visitors.mail().awaitMessageTo(zoe);
    assertEquals("Omar vous invite sur Pawprints, comme partenaire", french.getSubject());
    // And his own address is refused with a reason.
    omar.locator("[id$='invite:email']").fill(omarPerson.email());
    omar.locator("[id$='invite:send']").click();
    assertThat(omar.locator("#messages")).containsText("This is your own address.");
  }

  @Test
  void badCodesGetAClearMessageAndPairNobody(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("ari", "en", "bea", "en", "cy", "fr");
    Page ari = visitors.open("en-CA");
    visitors.signIn(
        ari, cohort.person(0).email(), cohort.person(0).password(), "/my/partner.xhtml");
    ari.locator("[id$='code:new']").click();
    String first = ari.locator("#partner-code").innerText().strip();
    ari.locator("[id$='code:new']").click();
    assertThat(ari.locator("#messages"))
        .containsText("Any earlier code or invitation no longer works.");
    String second = ari.locator("#partner-code").innerText().strip();

    // Accepting one's own code.
    ari.navigate(visitors.url("/pair.xhtml?code=" + second));
    ari.locator("#pair\\:accept").click();
    assertThat(ari.locator("#pair\\:messages")).containsText("This is your own code.");

    Page bea = visitors.open("en-CA");
    visitors.signIn(bea, cohort.person(1).email(), cohort.person(1).password(), "/pair.xhtml");
    // A replaced code, garbage and a script tag.
    acceptCode(bea, first);
    assertThat(bea.locator("#pair\\:messages")).containsText("This code no longer works");
    acceptCode(bea, "<script>document.title='owned'</script>");
    assertThat(bea.locator("#pair\\:messages")).containsText("does not match any invitation");
    assertTrue(!bea.title().contains("owned"));
    acceptCode(bea, "🐾🐾🐾🐾");
    assertThat(bea.locator("#pair\\:messages")).containsText("does not match any invitation");
    Accessibility.assertNoSeriousViolations(bea);
    visitors.screenshot(bea, "pair-refused-en");

    // An expired code.
    visitors
        .people()
        .execute(
            "UPDATE partner_invitation SET expires_at = DATEADD('DAY', -1, CURRENT_TIMESTAMP)"
                + " WHERE code = ?",
            second.replace("-", ""));
    acceptCode(bea, second);
    assertThat(bea.locator("#pair\\:messages")).containsText("This code has expired.");

    // A used code, in French.
    ari.navigate(visitors.url("/my/partner.xhtml"));
    ari.locator("[id$='code:new']").click();
    // The page already shows the expired code: read the new one only once the answer replaced it.
    assertThat(ari.locator("#partner-code")).not().hasText(second);
    String third = ari.locator("#partner-code").innerText().strip();
    acceptCode(bea, third);
    assertThat(bea.locator("#pair\\:paired")).containsText("You and Ari are now partners");
    Page cy = visitors.open("fr-CA");
    visitors.signIn(
        cy, cohort.person(2).email(), cohort.person(2).password(), "/pair.xhtml?code=" + third);
    cy.locator("#pair\\:accept").click();
    assertThat(cy.locator("#pair\\:messages")).containsText("Ce code a déjà été utilisé.");
    Accessibility.assertNoSeriousViolations(cy);
  }

  @Test
  void aFacilitatorCannotPairButUnpairsOnTheRosterAndBothAreTold(Visitors visitors) {
    TestPeople.Couple couple = visitors.people().couple("dana", "en", "eli", "fr");
    TestPerson fay = visitors.people().create("fay", "en", "FACILITATOR");
    visitors.people().facilitates(fay, couple.cohortId());
    Page facilitator = visitors.open("en-CA");
    visitors.signIn(
        facilitator,
        fay.email(),
        fay.password(),
        "/facilitate/cohort.xhtml?id=" + couple.cohortId());
    assertThat(facilitator.locator("#couples")).containsText("Dana");
    // Staff do not pair people: the roster says how partners pair themselves.
    assertThat(facilitator.locator("#pair\\:first")).hasCount(0);
    assertThat(facilitator.locator("#pair-themselves")).containsText("Partners pair themselves");

    facilitator.locator("li.pp-couple [id$=':unpair']").click();
    assertThat(facilitator.locator("[id$='unpair-confirmation']"))
        .containsText("Unpair Dana and Eli?");
    assertThat(facilitator.locator("[id$='unpair-confirmation']"))
        .containsText("Each of them gets a notice");
    Accessibility.assertNoSeriousViolations(facilitator);
    visitors.screenshot(facilitator, "roster-unpair-confirmation");
    facilitator.locator("[id$=':unpair-yes']").click();
    assertThat(facilitator.locator("#messages")).containsText("The couple is unpaired.");
    assertThat(facilitator.locator("#no-couples")).isVisible();
    assertThat(facilitator.locator("#solos")).containsText("Dana");

    // Eli, unpaired by staff, is solo on his dashboard and was told, in French.
    Page eli = visitors.open("fr-CA");
    visitors.signIn(eli, couple.second().email(), couple.second().password());
    assertThat(eli.locator("#partner-card-solo"))
        .containsText("Vous n’avez pas encore de partenaire");
    eli.navigate(visitors.url("/account/notifications.xhtml"));
    assertThat(eli.locator("body")).containsText("a mis fin à votre jumelage avec Dana");
    Page dana = visitors.open("en-CA");
    visitors.signIn(
        dana, couple.first().email(), couple.first().password(), "/account/notifications.xhtml");
    assertThat(dana.locator("body")).containsText("ended your pairing with Eli");
  }

  private static void acceptCode(Page page, String code) {
    page.locator("#pair\\:code").fill(code);
    page.locator("#pair\\:accept").click();
  }
}
