package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** Bulk enrollment from a CSV: preview with problems, confirm, mails, and a pre-paired couple. */
@BrowserTest
class CsvEnrollmentBrowserIT {

  private static void upload(Page page, String name, byte[] bytes) {
    page.locator("#upload input[type=file]")
        .setInputFiles(new FilePayload(name, "text/csv", bytes));
    page.locator("#upload\\:preview").click();
  }

  @Test
  void goodAndBadRowsArePreviewedThenInvitedAndPartnersBecomeACouple(Visitors visitors)
      throws Exception {
    Page admin = visitors.open("en-CA");
    visitors.signIn(admin, visitors.admin().person().email(), visitors.admin().person().password());
    long id =
        CohortPages.createCohort(
            visitors, admin, "Winter from a sheet", "Self-paced", "English", 10);
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + id));
    admin.locator("#import-csv").click();
    Accessibility.assertNoSeriousViolations(admin);

    upload(admin, "empty.csv", new byte[0]);
    assertThat(admin.locator("#upload\\:messages")).containsText("This file is empty");
    upload(
        admin,
        "header.csv",
        "email,name,language,partner_email\n".getBytes(StandardCharsets.UTF_8));
    assertThat(admin.locator("#upload\\:messages")).containsText("no participants");

    String ana = TestPeople.uniqueEmail("ana");
    String bo = TestPeople.uniqueEmail("bo");
    TestPerson mia = visitors.people().participantIn(id, "mia", "en");
    String csv =
        "email,name,language,partner_email\n"
            + ana
            + ",Ana,en,"
            + bo
            + "\n"
            + bo
            + ",Bo,fr,"
            + ana
            + "\n"
            + "not an email,Nobody,en,\n"
            + ana
            + ",Ana twice,en,\n"
            + TestPeople.uniqueEmail("cy")
            + ",Cy,de,\n"
            + TestPeople.uniqueEmail("di")
            + ",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",en,\n"
            + mia.email()
            + ",Mia,en,\n";
    upload(admin, "people.csv", csv.getBytes(StandardCharsets.UTF_8));
    // Each kind of row, counted in plain words (issue 13, session 6).
    assertThat(admin.locator("#count-invite")).hasText("3 people will be invited by mail.");
    assertThat(admin.locator("#count-couples")).containsText("Among them, 1 couple is pre-paired");
    assertThat(admin.locator("#count-members"))
        .hasText("1 person is already a member of this cohort: nothing changes for them.");
    assertThat(admin.locator("#count-skipped"))
        .containsText("3 rows will be skipped because of a problem");
    assertThat(admin.locator("#count-waiting")).hasCount(0);
    assertThat(admin.locator("#review\\:rows"))
        .containsText("Already a member: nothing changes for this person.");
    assertThat(admin.locator("#review\\:rows")).containsText("Skipped: Unknown language");
    assertThat(admin.locator("#review\\:rows")).containsText("This email address is not valid.");
    assertThat(admin.locator("#review\\:rows"))
        .containsText("This address appears earlier in the file.");
    assertThat(admin.locator("#review\\:rows")).containsText("Unknown language");
    assertThat(admin.locator("#review\\:rows")).containsText("=HYPERLINK(\"http://x\",\"y\")");
    Accessibility.assertNoSeriousViolations(admin);
    visitors.screenshot(admin, "csv-preview");
    assertEquals(0, visitors.mail().messagesTo(ana).size(), "nothing is sent before confirming");

    admin.locator("#review\\:confirm").click();
    assertThat(admin.locator(".pp-messages").first())
        .containsText("3 invitations were sent, with 1 couple pre-paired; 4 rows were not invited");
    assertThat(CohortPages.invitationRow(admin, ana))
        .containsText("invited as a couple with " + bo);

    // The same file again: the invitations just sent are waiting, and are not sent twice.
    admin.locator("#import-csv").click();
    upload(admin, "people.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(admin.locator("#count-invite")).hasText("Nobody will be invited.");
    assertThat(admin.locator("#count-waiting"))
        .hasText("3 people already have an invitation waiting: they are not sent again.");
    assertThat(admin.locator("#review\\:rows")).containsText("Already invited: their invitation");
    assertThat(admin.locator("#review\\:confirm")).hasCount(0);
    Accessibility.assertNoSeriousViolations(admin);
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + id));

    for (String who : new String[] {ana, bo}) {
      Page phone = visitors.open("en-CA");
      phone.navigate(visitors.url(TestMail.linkPath(visitors.mail().awaitMessageTo(who))));
      // Bo reads the page in English but his row says fr: the form says so (session 6 trial).
      if (who.equals(bo)) {
        assertThat(phone.locator("#accept\\:language-hint"))
            .containsText("Your pages and mail will be in Français");
      } else {
        assertThat(phone.locator("#accept\\:language-hint")).hasCount(0);
      }
      phone.locator("#accept\\:password").fill("two small steps a day");
      phone.locator("#accept\\:confirmation").fill("two small steps a day");
      phone.locator("#accept\\:create").click();
      // Bo's row says fr: the account form starts in French, and so does the welcome.
      assertThat(phone.locator("#welcome-note"))
          .containsText(Pattern.compile("Your account is ready|Votre compte est prêt"));
    }
    admin.reload();
    assertThat(admin.locator("#couples")).containsText("Ana & Bo");
  }

  @Test
  void aFrenchSpreadsheetWithSemicolonsAndLatin1(Visitors visitors) {
    TestPerson odile = visitors.people().create("odile", "fr", "ADMIN");
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, odile.email(), odile.password());
    long id = CohortPages.createCohort(visitors, admin, "Hiver", "À son rythme", "Français", 1);
    admin.navigate(visitors.url("/admin/cohort-import.xhtml?id=" + id));
    String csv =
        "email;name;language;partner_email\n"
            + TestPeople.uniqueEmail("helene")
            + ";Hélène Côté;fr;\n"
            + TestPeople.uniqueEmail("francois")
            + ";François;fr;\n"
            + TestPeople.uniqueEmail("gael")
            + ";Gaël;fr;\n";
    upload(admin, "inscriptions.csv", csv.getBytes(Charset.forName("windows-1252")));
    assertThat(admin.locator("#review\\:encoding-note")).containsText("Windows-1252");
    assertThat(admin.locator("#review\\:delimiter-note")).containsText("points-virgules");
    assertThat(admin.locator("#review\\:rows")).containsText("Hélène Côté");
    assertThat(admin.locator("#review\\:rows")).containsText("La cohorte est complète");
    assertThat(admin.locator("#count-invite")).hasText("2 personnes seront invitées par courriel.");
    assertThat(admin.locator("#count-skipped")).containsText("1 ligne sera ignorée");
    assertThat(admin.locator("#review\\:rows")).containsText("Ignorée");
    Accessibility.assertNoSeriousViolations(admin);
    admin.locator("#review\\:confirm").click();
    assertThat(admin.locator(".pp-messages").first()).containsText("2 invitations envoyées");
  }

  @Test
  void fiveThousandRowsPreviewInTheBrowser(Visitors visitors) {
    Page admin = visitors.open("en-CA");
    visitors.signIn(admin, visitors.admin().person().email(), visitors.admin().person().password());
    long id = CohortPages.createCohort(visitors, admin, "Big sheet", "Self-paced", "English", 500);
    admin.navigate(visitors.url("/admin/cohort-import.xhtml?id=" + id));
    StringBuilder csv = new StringBuilder("email,name,language,partner_email\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("big")
          .append(i)
          .append("-")
          .append(id)
          .append("@pawprints.test,Person ")
          .append(i)
          .append(",en,\n");
    }
    upload(admin, "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(admin.locator("#summary-counts"))
        .containsText("1,000 people will be invited by mail.");
    admin.locator("#review\\:problemsOnly .ui-chkbox-box").click();
    assertThat(admin.locator("#review\\:rows")).containsText("The cohort is full");
  }
}
