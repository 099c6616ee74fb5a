package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.JoinByCode;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Joining with the code a facilitator reads out, until the cohort is full; a newcomer's account
 * waits for the confirmation link mailed to their address.
 */
@BrowserTest
class JoinCodeBrowserIT {

  private static String turnOnCode(Visitors visitors, Page admin, long id) {
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + id));
    admin.locator("#code\\:renew").click();
    // The group is given a full address, not a bare path.
    assertThat(admin.locator("#code")).containsText("http");
    assertThat(admin.locator("#code")).containsText("/join.xhtml");
    String code = admin.locator("#join-code").textContent().strip();
    return code;
  }

  private static final String PASSWORD = "one small step at a time";

  @Test
  void peopleJoinWithTheCodeUntilTheCohortIsFull(Visitors visitors) {
    Page admin = visitors.open("en-CA");
    visitors.signIn(admin, visitors.admin().person().email(), visitors.admin().person().password());
    long id =
        CohortPages.createCohort(visitors, admin, "Live call group", "Self-paced", "English", 1);
    String code = turnOnCode(visitors, admin, id);
    Accessibility.assertNoSeriousViolations(admin);

    Page newcomer = visitors.open("en-CA");
    newcomer.navigate(visitors.url("/join.xhtml"));
    Accessibility.assertNoSeriousViolations(newcomer);
    JoinByCode.ask(newcomer, "WRONG123", TestPeople.uniqueEmail("wrong"), "Wrong", PASSWORD);
    assertThat(newcomer.locator("#join\\:messages")).containsText("does not open any group");
    String nora = TestPeople.uniqueEmail("nora");
    JoinByCode.ask(newcomer, code, nora, "Nora", PASSWORD);
    assertThat(newcomer.locator("#join\\:check-mail")).containsText("Check your mail");
    assertThat(newcomer.locator("#join\\:check-mail")).containsText(nora);
    Accessibility.assertNoSeriousViolations(newcomer);
    JoinByCode.confirmFromMail(visitors, newcomer, nora);
    assertThat(newcomer.locator(".pp-messages")).containsText("Your account is ready");

    TestPerson omar = visitors.people().create("omar", "en", "PARTICIPANT");
    Page member = visitors.open("en-CA");
    member.navigate(visitors.url("/join.xhtml?code=" + code));
    member.locator("#join\\:sign-in").click();
    member.locator("#login\\:email").fill(omar.email());
    member.locator("#login\\:password").fill(omar.password());
    member.locator("#login\\:submit").click();
    assertThat(member.locator("#join\\:code")).hasValue(code);
    member.locator("#join\\:submit").click();
    assertThat(member.locator("#join\\:joined")).containsText("You joined “Live call group”");

    Page late = visitors.open("en-CA");
    late.navigate(visitors.url("/join.xhtml"));
    String lateEmail = TestPeople.uniqueEmail("late");
    JoinByCode.ask(late, code, lateEmail, "Late", PASSWORD);
    assertThat(late.locator("#join\\:messages")).containsText("This group is full");
    Accessibility.assertNoSeriousViolations(late);

    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + id));
    assertThat(admin.locator("#solos")).containsText("Nora");
    assertThat(admin.locator("#solos")).containsText("Omar");
  }

  /**
   * A join form filled in slowly, or left open on a phone until the next day, still sends what was
   * typed: the page keeps nothing on the server that could expire. Before, the tap answered "page
   * expired" and everything typed was gone.
   */
  @Test
  void aJoinFormLeftOpenPastItsSessionStillSends(Visitors visitors) {
    Page admin = visitors.open("en-CA");
    visitors.signIn(admin, visitors.admin().person().email(), visitors.admin().person().password());
    long id = CohortPages.createCohort(visitors, admin, "Slow typers", "Self-paced", "English", 6);
    String code = turnOnCode(visitors, admin, id);
    for (String[] each :
        new String[][] {
          {"en-CA", "Check your mail", "Welcome, Robin", "one small step at a time"},
          {"fr-CA", "Consultez vos courriels", "Bienvenue, Zoé", "un petit pas à la fois 🐾"}
        }) {
      String name = each[2].substring(each[2].indexOf(", ") + 2);
      String password = each[3];
      Page phone = visitors.open(each[0]);
      // A session from before (a page that kept one), which then ends while the form is open.
      phone.navigate(visitors.url("/my/index.xhtml"));
      phone.navigate(visitors.url("/join.xhtml?code=" + code));
      String email = TestPeople.uniqueEmail("slow");
      phone.locator("#join\\:email").fill(email);
      phone.locator("#join\\:displayName").fill(name);
      phone.locator("#join\\:password").fill(password);
      phone.locator("#join\\:confirmation").fill(password);
      Visitors.endSession(phone);

      phone.locator("#join\\:create").click();

      assertThat(phone.locator("#join\\:check-mail")).containsText(each[1]);
      assertThat(phone.locator("#join\\:check-mail")).containsText(email);
      JoinByCode.confirmFromMail(visitors, phone, email);
      // Signing in on the (stateless) sign-in page: the name and the password, accents and
      // emoji included, arrived as typed.
      phone.locator("#login\\:email").fill(email);
      phone.locator("#login\\:password").fill(password);
      phone.locator("#login\\:submit").click();
      assertThat(phone.locator("#home-heading")).hasText(each[2]);
    }
  }

  @Test
  void aFrenchNewcomerJoinsAndARenewedCodeStopsTheOldOne(Visitors visitors) {
    TestPerson admine = visitors.people().create("admine", "fr", "ADMIN");
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, admine.email(), admine.password());
    long id =
        CohortPages.createCohort(visitors, admin, "Groupe du jeudi", "À son rythme", "Français", 4);
    String old = turnOnCode(visitors, admin, id);
    // Renewing asks first, naming the code that stops working, and can be declined (session 6).
    admin.locator("#code\\:renew").click();
    assertThat(admin.locator("#code\\:code-confirmation")).containsText("Créer un nouveau code");
    assertThat(admin.locator("#code\\:code-confirmation")).containsText(old);
    Accessibility.assertNoSeriousViolations(admin);
    admin.locator("#code\\:keep-code").click();
    assertThat(admin.locator("#join-code")).hasText(old);
    admin.locator("#code\\:renew").click();
    admin.locator("#code\\:renew-yes").click();
    assertThat(admin.locator(".pp-messages").first()).containsText("L’ancien code");
    String code = admin.locator("#join-code").textContent().strip();

    Page phone = visitors.open("fr-CA");
    phone.navigate(visitors.url("/join.xhtml"));
    JoinByCode.ask(phone, old, TestPeople.uniqueEmail("paule"), "Paule", PASSWORD);
    assertThat(phone.locator("#join\\:messages")).containsText("n’ouvre aucun groupe");
    String paule = TestPeople.uniqueEmail("paule");
    JoinByCode.ask(phone, code, paule, "Paule", PASSWORD);
    assertThat(phone.locator("#join\\:check-mail")).containsText("Consultez vos courriels");
    JoinByCode.confirmFromMail(visitors, phone, paule);
    assertThat(phone.locator(".pp-messages")).containsText("Votre compte est prêt");
    Accessibility.assertNoSeriousViolations(phone);
  }
}
