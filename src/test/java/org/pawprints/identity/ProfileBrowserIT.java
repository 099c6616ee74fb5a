package org.pawprints.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** My profile: name, language that follows the account, password, and my data. */
@BrowserTest
class ProfileBrowserIT {

  @Test
  void theLanguageFollowsTheAccountNotTheBrowser(Visitors visitors) {
    TestPerson luc = visitors.people().create("luc", "fr", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, luc.email(), luc.password());
    assertThat(page.locator("html")).hasAttribute("lang", "fr-CA");

    page.locator("#language-switch").click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertEquals(
        "EN", visitors.people().queryOne("SELECT language FROM person WHERE id = " + luc.id()));

    Page elsewhere = visitors.open("fr-CA");
    visitors.signIn(elsewhere, luc.email(), luc.password());
    assertThat(elsewhere.locator("html")).hasAttribute("lang", "en");
  }

  @Test
  void aParticipantEditsTheirProfile(Visitors visitors) {
    TestPerson noor = visitors.people().create("noor", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, noor.email(), noor.password());
    page.locator("#profile-link").click();
    assertThat(page.locator("#profile-email")).hasText(noor.email());
    Accessibility.assertNoSeriousViolations(page);

    page.locator("#profile\\:displayName").fill("");
    page.locator("#profile\\:save").click();
    assertThat(page.locator("#profile")).containsText("Please fill in Your name.");

    // A 10,000-character paste: the field keeps what fits (the service refuses more, see
    // AccountsIT).
    page.locator("#profile\\:displayName").fill("x".repeat(10_000));
    page.locator("#profile\\:save").click();
    assertThat(page.locator("#messages")).containsText("Your profile is saved.");
    assertEquals(
        "100",
        visitors
            .people()
            .queryOne("SELECT LENGTH(display_name) FROM person WHERE id = " + noor.id()));

    page.locator("#profile\\:displayName").fill("Noor 🌷 <b>N.</b>");
    page.locator("#profile\\:language_input").selectOption("FR");
    page.locator("#profile\\:save").click();
    assertThat(page.locator("#messages")).containsText("Votre profil est enregistré.");
    assertThat(page.locator("#profile-link")).hasText("Noor 🌷 <b>N.</b>");
    visitors.screenshot(page, "profile-fr");
  }

  @Test
  void changingThePasswordAsksForTheCurrentOne(Visitors visitors) {
    TestPerson ines = visitors.people().create("ines", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, ines.email(), ines.password(), "/account/profile.xhtml");

    page.locator("#password\\:current").fill("not my password");
    page.locator("#password\\:replacement").fill("a brand new passphrase");
    page.locator("#password\\:confirmation").fill("a brand new passphrase");
    page.locator("#password\\:change").click();
    assertThat(page.locator("#password\\:messages")).containsText("current password is not right");

    page.locator("#password\\:current").fill(ines.password());
    page.locator("#password\\:replacement").fill("a brand new passphrase");
    page.locator("#password\\:confirmation").fill("a brand new passphrase");
    page.locator("#password\\:change").click();
    assertThat(page.locator("#password\\:messages")).containsText("Your password is changed");

    page.reload();
    assertThat(page.locator("#profile-email")).hasText(ines.email());
  }

  @Test
  void downloadMyDataGivesMyAccountAndNobodyElses(Visitors visitors) throws Exception {
    TestPerson omar = visitors.people().create("omar", "en", "PARTICIPANT");
    TestPerson other = visitors.people().create("other", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, omar.email(), omar.password(), "/account/profile.xhtml");

    Download download = page.waitForDownload(() -> page.locator("#mydata\\:download").click());
    String json = Files.readString(download.path());

    assertTrue(json.contains("\"email\":\"" + omar.email() + "\""), json);
    assertTrue(json.contains("LOGIN_SUCCEEDED"), json);
    assertTrue(!json.contains(other.email()), "nobody else's data");
    assertTrue(!json.contains("PBKDF2"), "no password hash in the export");
    assertEquals(
        "DATA_EXPORTED",
        visitors
            .people()
            .queryOne(
                "SELECT event_type FROM audit_event WHERE actor_id = "
                    + omar.id()
                    + " ORDER BY id DESC LIMIT 1"));
  }
}
