package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** Issue 13: the invitation form invites a couple in one go; both land paired once they accept. */
@BrowserTest
class CoupleInvitationBrowserIT {

  private static void accept(Visitors visitors, String email, String locale) {
    Page phone = visitors.open(locale);
    phone.navigate(visitors.url(TestMail.linkPath(visitors.mail().awaitMessageTo(email))));
    // The seeded cohort speaks English: a French reader is told before the form is sent.
    if (locale.startsWith("fr")) {
      assertThat(phone.locator("#accept\\:language-hint"))
          .containsText("Vos pages et vos courriels seront en English");
    }
    assertThat(phone.locator("#accept\\:prepared-partner"))
        .containsText(
            locale.startsWith("fr")
                ? "Vous êtes invité·e en couple avec"
                : "You are invited as a couple with");
    phone.locator("#accept\\:password").fill("two small steps a day");
    phone.locator("#accept\\:confirmation").fill("two small steps a day");
    phone.locator("#accept\\:create").click();
    assertThat(phone.locator("#welcome-note"))
        .containsText(Pattern.compile("Your account is ready|Votre compte est prêt"));
  }

  @Test
  void anAdminInvitesACoupleInOneGoAndBothLandPaired(Visitors visitors) {
    long cohortId = visitors.people().soloParticipants().cohortId();
    Page admin = visitors.open("en-CA");
    visitors.signIn(
        admin,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/cohort.xhtml?id=" + cohortId);
    String iris = TestPeople.uniqueEmail("iris");
    String jon = TestPeople.uniqueEmail("jon");
    admin.locator("#invite\\:email").fill(iris);
    admin.locator("#invite\\:name").fill("Iris");
    admin.locator("#invite\\:partner-email").fill(iris.toUpperCase(java.util.Locale.ROOT));
    admin.locator("#invite\\:send").click();
    assertThat(admin.locator("#messages")).containsText("two different email addresses");

    admin.locator("#invite\\:partner-email").fill(jon);
    admin.locator("#invite\\:partner-name").fill("Jon");
    admin.locator("#invite\\:send").click();
    assertThat(admin.locator("#messages"))
        .containsText("They become a couple as soon as both accept");
    assertThat(CohortPages.invitationRow(admin, iris)).containsText("invited as a couple with");
    Accessibility.assertNoSeriousViolations(admin);

    accept(visitors, iris, "en-CA");
    accept(visitors, jon, "en-CA");
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + cohortId));
    assertThat(admin.locator("#couples")).containsText("Iris & Jon");
  }

  @Test
  void enFrançaisUnCoupleInvitéDunCoupEstJumelé(Visitors visitors) {
    TestPerson odile = visitors.people().create("odile", "fr", "ADMIN");
    long cohortId = visitors.people().soloParticipants().cohortId();
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, odile.email(), odile.password(), "/admin/cohort.xhtml?id=" + cohortId);
    String lea = TestPeople.uniqueEmail("lea");
    String marc = TestPeople.uniqueEmail("marc");
    admin.locator("#invite\\:email").fill(lea);
    admin.locator("#invite\\:name").fill("Léa");
    admin.locator("#invite\\:partner-email").fill(lea);
    admin.locator("#invite\\:send").click();
    assertThat(admin.locator("#messages")).containsText("deux adresses courriel différentes");
    admin.locator("#invite\\:partner-email").fill(marc);
    admin.locator("#invite\\:partner-name").fill("Marc");
    admin.locator("#invite\\:send").click();
    assertThat(admin.locator("#messages"))
        .containsText("forment un couple dès que les deux acceptent");
    Accessibility.assertNoSeriousViolations(admin);

    accept(visitors, lea, "fr-CA");
    accept(visitors, marc, "fr-CA");
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + cohortId));
    assertThat(admin.locator("#couples")).containsText("Léa & Marc");
  }
}
