package org.pawprints.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Help, one tap away (issue 15): the public help page from the sign-in page and from the live
 * session's help, its region filter, in English and French.
 */
@BrowserTest
class HelpBrowserIT {

  @Test
  void aSignedOutVisitorOpensHelpFromTheSignInPageAndCanCallTextOrVisit(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/login.xhtml"));
    assertThat(page.locator("#header-help"))
        .hasAttribute("href", Pattern.compile(".*/help\\.xhtml$"));
    // The sign-in form made a session; the help page must not make one of its own.
    page.context().clearCookies();

    page.locator("#login-help").click();

    assertThat(page).hasURL(Pattern.compile(".*/help\\.xhtml$"));
    assertThat(page.locator("h1")).hasText("Help, any time");
    Locator lines = page.locator(".pp-help-line");
    assertThat(lines.first()).containsText("Emergencies: 911");
    assertThat(lines.first().locator("a")).hasAttribute("href", "tel:911");
    Locator crisis = lines.filter(new Locator.FilterOptions().setHasText("9-8-8"));
    assertThat(crisis.locator("a[href='sms:988']")).hasText("Text 988");
    assertThat(crisis.locator("a[href='https://988.ca/']"))
        .hasAttribute("rel", "noopener noreferrer");
    assertThat(lines.filter(new Locator.FilterOptions().setHasText("VictimLinkBC")).locator("a"))
        .hasAttribute("href", "tel:18005630808");
    assertThat(page.locator("#group-QC")).containsText("1-800-363-9010");
    assertThat(page.locator("#group-CA")).containsText("sheltersafe.ca");
    assertThat(page.locator("#help-right-for-us"))
        .hasAttribute("href", Pattern.compile(".*/right-for-us\\.xhtml$"));
    assertTrue(
        page.context().cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")),
        "reading help makes no session");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "help-en");
  }

  @Test
  void aFrenchParticipantInQuebecSeesCanadaWideHelpFirstThenQuebecs(Visitors visitors) {
    TestPerson marie = visitors.people().participant("marie", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, marie.email(), marie.password(), "/my/live-help.xhtml");

    page.locator("#live-help-all").click();
    page.locator("#region").selectOption("QC");
    page.locator("#region-show").click();

    assertThat(page).hasURL(Pattern.compile(".*/help\\.xhtml\\?region=QC$"));
    assertThat(page.locator("h1")).hasText("De l’aide, en tout temps");
    assertEquals(
        List.of("Partout au Canada", "Québec"), page.locator(".pp-help-group h2").allInnerTexts());
    assertThat(page.locator(".pp-help-line").first()).containsText("Urgences : 911");
    assertThat(page.locator("#group-QC")).containsText("SOS violence conjugale");
    assertThat(page.locator("#group-QC .pp-help-call")).hasText("Appeler le 1-800-363-9010");
    assertThat(page.locator("#help")).not().containsText("VictimLinkBC");
    assertThat(page.locator("#region")).hasValue("QC");
    visitors.screenshot(page, "help-fr-quebec");
  }

  @Test
  void anAdministratorFixesBadInputAddsAndChangesAnEntryAndAParticipantSeesIt(Visitors visitors) {
    Page admin = visitors.open("en-CA");
    visitors.signIn(
        admin,
        visitors.admin().person().email(),
        visitors.admin().person().password(),
        "/admin/help.xhtml");
    assertThat(admin.locator(".pp-help-admin-name").first()).hasText("Emergencies: 911");
    admin.locator("#lines\\:add").click();

    admin.locator("#entry\\:nameEn").fill("<script>alert(1)</script>");
    // A request made by hand can carry more than the field allows.
    admin.locator("#entry\\:languagesEn").evaluate("box => box.value = 'x'.repeat(5000)");
    admin.locator("#entry\\:phone").fill("call us");
    admin.locator("#entry\\:web").fill("javascript:alert(1)");
    admin.locator("#entry\\:save").click();

    assertThat(admin.locator("#messages")).containsText("Nothing was saved yet");
    assertThat(admin.locator("#entry\\:nameEn-message"))
        .hasText("Leave out < and >: the help page shows plain text only.");
    assertThat(admin.locator("#entry\\:nameFr-message")).containsText("Give the name");
    assertThat(admin.locator("#entry\\:languagesEn-message"))
        .hasText("This is too long: 120 characters at most.");
    assertThat(admin.locator("#entry\\:purposeEn-message")).containsText("what it is for");
    assertThat(admin.locator("#entry\\:phone-message")).containsText("digits, spaces, dashes");
    assertThat(admin.locator("#entry\\:web-message")).containsText("full web address");
    Accessibility.assertNoSeriousViolations(admin);
    visitors.screenshot(admin, "help-admin-errors");

    admin.locator("#entry\\:region").selectOption("ON");
    admin.locator("#entry\\:nameEn").fill("Ontario test line");
    admin.locator("#entry\\:nameFr").fill("Ligne d’essai de l’Ontario");
    admin.locator("#entry\\:purposeEn").fill("Talk with someone tonight.");
    admin.locator("#entry\\:languagesEn").fill("English");
    admin.locator("#entry\\:purposeFr").fill("Parler à quelqu’un ce soir.");
    admin.locator("#entry\\:phone").fill("1-866-555-0199");
    admin.locator("#entry\\:web").fill("example.org/help");
    admin.locator("#entry\\:save").click();
    assertThat(admin.locator("#messages")).containsText("Saved.");

    Locator added =
        admin
            .locator(".pp-help-admin-line")
            .filter(new Locator.FilterOptions().setHasText("Ontario test line"));
    added.locator(".pp-help-edit").click();
    admin.locator("#entry\\:nameFr").fill("Ligne de l’Ontario, le soir");
    admin.locator("#entry\\:save").click();
    assertThat(admin.locator("#messages")).containsText("Saved.");

    // Who changed what, and when, is in the audit log, for administrators.
    admin.navigate(visitors.url("/admin/audit.xhtml"));
    Locator change =
        admin
            .locator("#audit\\:events tr")
            .filter(new Locator.FilterOptions().setHasText("Ligne de l’Ontario, le soir"));
    assertThat(change).containsText("Help page changed");
    assertThat(change)
        .containsText("nameFr \"Ligne d’essai de l’Ontario\" -> \"Ligne de l’Ontario, le soir\"");
    assertThat(change).containsText(visitors.admin().person().email());

    TestPerson sam = visitors.people().participant("sam", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, sam.email(), sam.password(), "/help.xhtml?region=ON");
    Locator ontario = page.locator("#group-ON .pp-help-line").last();
    assertThat(ontario).containsText("Ligne de l’Ontario, le soir");
    assertThat(ontario).containsText("Parler à quelqu’un ce soir.");
    assertThat(ontario.locator("a.pp-help-call")).hasAttribute("href", "tel:18665550199");
    assertThat(ontario.locator("a[href='https://example.org/help']")).hasText("example.org");
  }
}
