package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Rule 4 of issue 10, roles take effect at once: two people signed in at the same time, one takes a
 * role away from the other, whose page, still open, can no longer use it.
 */
@BrowserTest
class RoleChangeBrowserIT {

  @Test
  void anAdministratorWhoseRoleWasRevokedCannotUseTheirOpenPage(Visitors visitors) {
    TestPerson bea = visitors.people().create("bea", "en", "ADMIN");
    TestPerson pat = visitors.people().create("pat", "en", "PARTICIPANT");
    Page beasPage = visitors.open("en-CA");
    visitors.signIn(beasPage, bea.email(), bea.password(), "/admin/person.xhtml?id=" + pat.id());
    assertThat(beasPage.locator("#person-email")).hasText(pat.email());

    Page admin = visitors.open("en-CA");
    visitors.signIn(
        admin,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/person.xhtml?id=" + bea.id());
    admin.locator("li[data-role='ADMIN'] input[value='Remove role']").click();
    assertThat(admin.locator("#person\\:messages")).containsText("The role is removed");

    // Bea's page was open all along: she tries to make Pat an administrator from it.
    beasPage.locator("li[data-role='ADMIN'] input[value='Grant role']").click();
    assertThat(beasPage).hasURL(Pattern.compile(".*/login\\.xhtml\\?ended=true$"));
    assertThat(beasPage.locator("#session-ended")).containsText("your roles changed");
    Accessibility.assertNoSeriousViolations(beasPage);
    assertEquals("0", adminRoles(visitors, pat));
    assertEquals("0", adminRoles(visitors, bea));

    // Signed in again, she is no longer an administrator anywhere.
    visitors.signInWithoutOpening(beasPage, bea.email(), bea.password());
    assertEquals(403, beasPage.navigate(visitors.url("/admin/people.xhtml")).status());
  }

  @Test
  void aFacilitatorWhoseAccountIsPausedIsSignedOutAtOnceInFrench(Visitors visitors) {
    TestPerson flo = visitors.people().create("flo", "fr", "FACILITATOR");
    Page florence = visitors.open("fr-CA");
    visitors.signIn(florence, flo.email(), flo.password());
    assertThat(florence).hasURL(Pattern.compile(".*/facilitate/index\\.xhtml$"));

    TestPerson aline = visitors.people().create("aline", "fr", "ADMIN");
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, aline.email(), aline.password(), "/admin/person.xhtml?id=" + flo.id());
    admin.locator("#person\\:deactivate").click();
    admin.locator("#person\\:deactivate-yes").click();
    assertThat(admin.locator("#person-status")).hasText("Suspendu");

    florence.reload();
    assertThat(florence).hasURL(Pattern.compile(".*/login\\.xhtml\\?ended=true$"));
    assertThat(florence.locator("#session-ended")).containsText("Votre session a pris fin");
    Accessibility.assertNoSeriousViolations(florence);
  }

  private static String adminRoles(Visitors visitors, TestPerson person) {
    return visitors
        .people()
        .queryOne(
            "SELECT COUNT(*) FROM person_role WHERE role = 'ADMIN' AND person_id = " + person.id());
  }
}
