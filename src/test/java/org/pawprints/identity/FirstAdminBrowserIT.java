package org.pawprints.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Visitors;

/**
 * The first run: the test server started with no administrator and wrote a setup link to its log;
 * the build's first browser test opened it and created the administrator (see FirstAdministrator).
 * Here: the link is spent, and the administrator finds their sign-in in the audit log.
 */
@BrowserTest
class FirstAdminBrowserIT {

  /** Session 6 trial: the first administrator no longer types their address and password again. */
  @Test
  void theFirstAdministratorIsSignedInAtOnceAfterSetup(Visitors visitors) {
    assertEquals("/admin/index.xhtml", visitors.admin().landing());
  }

  @Test
  void theSetupLinkWorksOnlyOnce(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url(visitors.admin().setupPath()));
    assertThat(page.locator("#setup\\:link-invalid")).containsText("n’est plus valide");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void theAdministratorFindsTheirSignInInTheAuditLog(Visitors visitors) {
    Page page = visitors.open("en-CA");
    visitors.signIn(page, visitors.admin().person().email(), visitors.admin().person().password());
    page.locator("#audit-link").click();
    assertThat(page).hasURL(Pattern.compile(".*/admin/audit\\.xhtml$"));

    page.locator("#audit\\:person").fill("first.admin@");
    page.locator("#audit\\:search").click();
    assertThat(page.locator("#audit\\:events")).containsText("Signed in");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "audit-log");

    // The creation is the administrator's oldest event: other tests (before this one or at the
    // same time) may have given them more than a page of newer ones, so narrow to its kind.
    page.locator("#audit\\:type_input")
        .selectOption("FIRST_ADMIN_CREATED", new Locator.SelectOptionOptions().setForce(true));
    page.locator("#audit\\:search").click();
    assertThat(page.locator("#audit\\:events")).containsText("First administrator created");
    assertThat(page.locator("#audit\\:events")).not().containsText("Signed in");

    page.locator("#audit\\:person").fill("no-such-person@nowhere");
    page.locator("#audit\\:search").click();
    assertThat(page.locator("#audit\\:events")).containsText("No events match.");
  }

  @Test
  void theOutboxShowsWhatWasSent(Visitors visitors) {
    Page page = visitors.open("en-CA");
    visitors.signIn(
        page,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/outbox.xhtml");
    assertThat(page.locator("h1")).hasText("Mail outbox");
    Accessibility.assertNoSeriousViolations(page);
  }
}
