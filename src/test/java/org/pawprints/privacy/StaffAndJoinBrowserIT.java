package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.JoinByCode;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.SoloCohort;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue #10, rule 2, in the browser, in English and French: a facilitator cannot become a
 * participant's partner nor join a cohort with its code, and a join-code sign-up creates an account
 * only through the link mailed to the address.
 */
@BrowserTest
class StaffAndJoinBrowserIT {

  private static final String PASSPHRASE = "one small step at a time";
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  @Test
  void aFacilitatorCannotAcceptAParticipantsPartnerCode(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("nia", "en");
    TestPerson fay = visitors.people().facilitatorOf(cohort.cohortId(), "fay", "en");
    Page nia = visitors.open("en-CA");
    visitors.signIn(nia, cohort.person(0).email(), cohort.person(0).password());
    nia.locator("#partner-card-form\\:get-code").click();
    String code = nia.locator("#partner-card-code").innerText().strip().replace("-", "");

    Page facilitator = visitors.open("en-CA");
    visitors.signIn(facilitator, fay.email(), fay.password(), "/pair.xhtml?code=" + code);
    facilitator.locator("#pair\\:accept").click();
    assertThat(facilitator.locator("#pair\\:messages"))
        .containsText("Facilitators and administrators can’t be paired");
    facilitator.navigate(visitors.url("/facilitate/cohort.xhtml?id=" + cohort.cohortId()));
    assertThat(facilitator.locator("#pair-themselves")).containsText("Partners pair themselves");
    Accessibility.assertNoSeriousViolations(facilitator);
  }

  @Test
  void aFacilitatorCannotJoinWithTheCodeInFrench(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("noe", "fr");
    String code = joinCodeFor(visitors, cohort.cohortId());
    TestPerson fabien = visitors.people().create("fabien", "fr", "FACILITATOR");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, fabien.email(), fabien.password(), "/join.xhtml?code=" + code);
    page.locator("#join\\:submit").click();
    assertThat(page.locator("#join\\:messages"))
        .containsText("Ce compte appartient à une personne animatrice ou administratrice");
    assertThat(page.locator("#join\\:joined")).hasCount(0);
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void aJoinCodeSignUpWaitsForTheMailedLinkInEnglish(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("ivy", "en");
    String code = joinCodeFor(visitors, cohort.cohortId());
    String email = TestPeople.uniqueEmail("owen");
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/join.xhtml?code=" + code));
    JoinByCode.ask(page, code, email, "Owen", PASSPHRASE);
    assertThat(page.locator("#join\\:check-mail")).containsText("Check your mail");
    Accessibility.assertNoSeriousViolations(page);

    // Before the link is opened, the address signs in to nothing.
    Page early = visitors.open("en-CA");
    early.navigate(visitors.url("/login.xhtml"));
    early.locator("#login\\:email").fill(email);
    early.locator("#login\\:password").fill(PASSPHRASE);
    early.locator("#login\\:submit").click();
    assertThat(early.locator("#login\\:email")).isVisible();

    String link = TestMail.linkPath(visitors.mail().awaitMessageTo(email));
    page.navigate(visitors.url(link));
    assertThat(page.locator("#confirm-lead")).containsText("Confirm that this address is yours");
    Accessibility.assertNoSeriousViolations(page);
    // Tapped after the session ended: the page keeps no view, so no "page expired".
    Visitors.endSession(page);
    page.locator("#confirm\\:confirm-button").click();
    assertThat(page.locator(".pp-messages")).containsText("Your account is ready");
    // The sign-in form has their address filled in and says so (session 6); only the password.
    assertThat(page.locator(".pp-messages")).containsText("Your email address is filled in below");
    assertThat(page.locator("#login\\:email")).hasValue(email);
    Accessibility.assertNoSeriousViolations(page);
    page.locator("#login\\:password").fill(PASSPHRASE);
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#partner-card-solo")).isVisible();

    // The link works once.
    Page again = visitors.open("en-CA");
    again.navigate(visitors.url(link));
    assertThat(again.locator("#confirm\\:not-usable")).containsText("This link no longer works");
    Accessibility.assertNoSeriousViolations(again);
  }

  @Test
  void uneInscriptionParCodeAttendLeLienEnvoyeParCourriel(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("ines", "fr");
    String code = joinCodeFor(visitors, cohort.cohortId());
    String email = TestPeople.uniqueEmail("odile");
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url("/join.xhtml?code=" + code));
    JoinByCode.ask(page, code, email, "Odile", PASSPHRASE);
    assertThat(page.locator("#join\\:check-mail")).containsText("Consultez vos courriels");
    Accessibility.assertNoSeriousViolations(page);
    String link = TestMail.linkPath(visitors.mail().awaitMessageTo(email));
    page.navigate(visitors.url(link));
    assertThat(page.locator("#confirm-lead")).containsText("Confirmez que cette adresse");
    Accessibility.assertNoSeriousViolations(page);
    Visitors.endSession(page);
    page.locator("#confirm\\:confirm-button").click();
    assertThat(page.locator(".pp-messages")).containsText("Votre compte est prêt");
    assertThat(page.locator(".pp-messages"))
        .containsText("Votre adresse courriel est déjà inscrite");
    assertThat(page.locator("#login\\:email")).hasValue(email);

    Page bogus = visitors.open("fr-CA");
    bogus.navigate(visitors.url("/join-confirm.xhtml?token=nothing-like-a-real-secret"));
    assertThat(bogus.locator("#confirm\\:not-usable")).containsText("Ce lien ne fonctionne plus");
  }

  private static String joinCodeFor(Visitors visitors, long cohortId) {
    SecureRandom random = new SecureRandom();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
    }
    visitors
        .people()
        .execute("UPDATE cohort SET join_code = ? WHERE id = ?", code.toString(), cohortId);
    return code.toString();
  }
}
