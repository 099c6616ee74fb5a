package org.pawprints.administration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** People administration: find a person, change their roles and account, send a reset link. */
@BrowserTest
class PeopleBrowserIT {

  /** Filters the list by email and opens the one person found. */
  private static void open(Page admin, String email) {
    admin.locator("#people\\:text").fill(email);
    admin.locator("#people\\:search").click();
    Locator rows =
        admin
            .locator("#people\\:list tbody tr")
            .filter(new Locator.FilterOptions().setHasText(email));
    assertThat(rows).hasCount(1);
    rows.first().locator("a.pp-person").click();
    assertThat(admin.locator("#person-email")).hasText(email);
  }

  @Test
  void anAdminFindsAPersonChangesRolesPausesAndSendsAResetLink(Visitors visitors) {
    TestPerson rita = visitors.people().create("rita", "en", "PARTICIPANT");
    Page admin = visitors.open("en-CA");
    visitors.signIn(admin, visitors.admin().person().email(), visitors.admin().person().password());
    admin.locator("#people-link").click();
    Accessibility.assertNoSeriousViolations(admin);

    open(admin, rita.email());
    Accessibility.assertNoSeriousViolations(admin);
    admin.locator("li[data-role='FACILITATOR'] input[value='Grant role']").click();
    assertThat(admin.locator("#person\\:messages")).containsText("The role is granted");
    assertThat(admin.locator("li[data-role='FACILITATOR'] .pp-state")).hasText("yes");
    admin.locator("li[data-role='PARTICIPANT'] input[value='Remove role']").click();
    assertThat(admin.locator("#person\\:messages")).containsText("The role is removed");

    admin.locator("#person\\:reset").click();
    assertThat(admin.locator("#person\\:messages")).containsText("reset link is on its way");
    TestMail.linkPath(visitors.mail().awaitMessageTo(rita.email()));

    admin.locator("#person\\:deactivate").click();
    admin.locator("#person\\:deactivate-yes").click();
    assertThat(admin.locator("#person\\:messages")).containsText("The account is paused");
    assertThat(admin.locator("#person-status")).hasText("Paused");

    Page login = visitors.open("en-CA");
    visitors.signIn(login, rita.email(), rita.password());
    assertThat(login.locator("#login\\:messages")).containsText("do not match an active account");

    admin.locator("#person\\:reactivate").click();
    assertThat(admin.locator("#person-status")).hasText("Active");
    admin.navigate(visitors.url("/admin/audit.xhtml"));
    assertThat(admin.locator("#audit\\:events")).containsText(rita.email());
  }

  @Test
  void inFrenchAnAdministratorCannotPauseThemselfNorDropTheirOwnRole(Visitors visitors) {
    TestPerson agathe = visitors.people().create("agathe", "fr", "ADMIN");
    Page admin = visitors.open("fr-CA");
    visitors.signIn(admin, agathe.email(), agathe.password(), "/admin/people.xhtml");
    open(admin, agathe.email());
    admin.locator("#person\\:deactivate").click();
    admin.locator("#person\\:deactivate-yes").click();
    assertThat(admin.locator("#person\\:messages")).containsText("Vous ne pouvez pas suspendre");
    admin.locator("li[data-role='ADMIN'] input[value='Retirer le rôle']").click();
    assertThat(admin.locator("#person\\:messages")).containsText("Vous ne pouvez pas retirer");
    Accessibility.assertNoSeriousViolations(admin);
  }
}
