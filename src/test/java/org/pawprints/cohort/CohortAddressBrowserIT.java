package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13, first-hour trial (session 5): after an action on a cohort's page the address had lost
 * its {@code ?id=}, so a reload or a bookmark opened an error. Every action now leaves the page's
 * full address in the address bar, and a reload shows the page again without repeating the action.
 */
@BrowserTest
class CohortAddressBrowserIT {

  private static void assertAddressKept(Page page, String base, long cohortId) {
    // Playwright hands the pattern to the browser: JavaScript syntax, no \\Q…\\E quoting.
    assertThat(page)
        .hasURL(Pattern.compile(".*" + base + "/cohort\\.xhtml\\?id=" + cohortId + "$"));
  }

  @Test
  void anAdministratorsActionsKeepTheCohortInTheAddress(Visitors visitors) {
    long cohortId = visitors.people().soloParticipants().cohortId();
    TestPerson fay = visitors.people().create("fay", "en", "FACILITATOR");
    Page admin = visitors.open("en-CA");
    visitors.signIn(
        admin,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/cohort.xhtml?id=" + cohortId);
    String cohortName = admin.locator("#cohort-name").textContent();

    String iris = TestPeople.uniqueEmail("iris");
    CohortPages.invite(admin, iris, "Iris");
    assertAddressKept(admin, "/admin", cohortId);

    // A reload is a plain GET of the same cohort: the page again, the invitation not sent twice.
    admin.reload();
    assertThat(admin.locator("#cohort-name")).hasText(cohortName);
    assertThat(admin.locator("#messages")).not().containsText(iris);
    assertThat(CohortPages.invitationRow(admin, iris)).hasCount(1);

    admin.locator("#code\\:renew").click();
    assertThat(admin.locator("#join-code")).isVisible();
    assertAddressKept(admin, "/admin", cohortId);
    // Turning the code off asks first, since the code the group was given stops (session 6).
    String code = admin.locator("#join-code").textContent().strip();
    admin.locator("#code\\:off").click();
    assertThat(admin.locator("#code\\:code-confirmation"))
        .containsText("Turn the join code off? “" + code + "” stops working at once");
    assertAddressKept(admin, "/admin", cohortId);
    admin.locator("#code\\:off-yes").click();
    assertThat(admin.locator("#code\\:code-off")).isVisible();
    assertAddressKept(admin, "/admin", cohortId);

    CohortPages.invitationRow(admin, iris).locator("input[value='Resend']").click();
    assertThat(admin.locator("#messages")).containsText("A new link is on its way");
    assertAddressKept(admin, "/admin", cohortId);

    CohortPages.invitationRow(admin, iris).locator("input[value='Revoke']").click();
    assertThat(admin.locator("input[value='Yes, revoke']")).isVisible(); // asking is a POST too
    assertAddressKept(admin, "/admin", cohortId);
    admin.locator("input[value='Yes, revoke']").click();
    assertThat(CohortPages.invitationRow(admin, iris).locator(".pp-state")).hasText("Revoked");
    assertAddressKept(admin, "/admin", cohortId);

    CohortPages.addFacilitator(admin, fay.email());
    assertAddressKept(admin, "/admin", cohortId);
    Accessibility.assertNoSeriousViolations(admin);

    // The address as it stands now works as a bookmark or a shared link.
    Page bookmark = visitors.open("en-CA");
    visitors.signIn(
        bookmark, visitors.admin().person().email(), visitors.admin().person().password());
    bookmark.navigate(admin.url());
    assertThat(bookmark.locator("#cohort-name")).hasText(cohortName);
    assertThat(bookmark.locator("#facilitator-list")).containsText(fay.email());

    // The edit page too: asking before archiving is a POST, and the address keeps the cohort.
    admin.locator("#edit-cohort").click();
    admin.locator("#status\\:archive").click();
    assertThat(admin.locator("#status\\:archive-confirmation")).isVisible();
    assertThat(admin)
        .hasURL(Pattern.compile(".*/admin/cohort-edit\\.xhtml\\?id=" + cohortId + "$"));
    admin.locator("#status\\:archive-no").click();
    assertThat(admin.locator("#status\\:archive")).isVisible();
  }

  @Test
  void unePersonneAnimatriceOuvreUnModuleEtLAdresseGardeLaCohorte(Visitors visitors) {
    long cohortId = visitors.people().participantPacedByFacilitator("noe", "fr").cohortId();
    TestPerson fanny = visitors.people().facilitatorOf(cohortId, "fanny", "fr");
    Page facilitator = visitors.open("fr-CA");
    visitors.signIn(
        facilitator, fanny.email(), fanny.password(), "/facilitate/cohort.xhtml?id=" + cohortId);
    facilitator.locator("#steps li").first().locator("input[value='Ouvrir ce module']").click();
    assertThat(facilitator.locator("#steps li").first()).containsText("Ouvert");
    assertAddressKept(facilitator, "/facilitate", cohortId);

    facilitator.reload();
    assertThat(facilitator.locator("#steps li").first()).containsText("Ouvert");
    assertThat(facilitator.locator("#cohort-name")).isVisible();
    // Epicene French (session 6 trial: "se jumellent eux-mêmes : chacun accepte").
    assertThat(facilitator.locator("#pair-themselves"))
        .containsText("Ce sont les partenaires qui forment leur couple : chaque personne accepte");
    Accessibility.assertNoSeriousViolations(facilitator);
  }
}
