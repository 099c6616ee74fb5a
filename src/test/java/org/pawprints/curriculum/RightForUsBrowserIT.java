package org.pawprints.curriculum;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Visitors;

/**
 * "Is this workshop right for us now?" (issue 14): reachable before step 1 and, through the help
 * page, from the footer's help link on every page, in English and French, with the private-device
 * warning and real help.
 */
@BrowserTest
class RightForUsBrowserIT {

  @Test
  void anEnglishVisitorFindsItBeforeStepOne(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/"));
    assertTrue(
        (Boolean)
            page.evaluate(
                "() => !!(document.querySelector('#right-for-us-link').compareDocumentPosition("
                    + "document.querySelector('#steps li')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
        "the link comes before step 1");

    page.locator("#right-for-us-link").click();

    assertThat(page).hasURL(Pattern.compile(".*/right-for-us\\.xhtml$"));
    assertThat(page.locator("h1")).hasText("Is this workshop right for us now?");
    assertThat(page.locator("#private-device")).containsText("only on a device that is yours");
    assertThat(page.locator("#help-resources")).containsText("911");
    assertThat(page.locator("#help-resources")).containsText("9-8-8");
    assertThat(page.locator("#help-resources")).containsText("VictimLinkBC, 1-800-563-0808");
    assertThat(page.locator("#help-resources")).containsText("1-800-363-9010");
    assertThat(page.locator("#shelter-safe")).hasAttribute("href", "https://www.sheltersafe.ca/");
    assertTrue(
        page.context().cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")),
        "a public page must not create a session");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "right-for-us-en");
  }

  @Test
  void aFrenchVisitorReachesItFromTheFooterHelpLink(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url("/step.xhtml?slug=repair"));

    page.locator("#help-link").click();
    // The footer's help link opens the help page (issue 15), which links here.
    page.locator("#help-right-for-us").click();

    assertThat(page).hasURL(Pattern.compile(".*/right-for-us\\.xhtml$"));
    assertThat(page.locator("h1")).hasText("Cet atelier est-il pour nous, maintenant ?");
    assertThat(page.locator("#private-device")).containsText("appareil qui n’est qu’à vous");
    assertThat(page.locator("#help-resources")).containsText("SOS violence conjugale");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "right-for-us-fr");
  }
}
