package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Browsers;
import org.pawprints.testing.browser.PawprintsServer;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;

/**
 * Rule 14, "Saved" means saved: the server on its default embedded H2 database is killed the way
 * {@code kill -9} does it, right after a burst of saves that the pages acknowledged, and restarted
 * on the same data directory. Every acknowledged answer, the cohort an administrator created and
 * the audit rows of it all are still there. With H2's default lazy writes they were not.
 *
 * <p>It boots its own server twice (the kill would take the build's shared server down), so it does
 * the least that proves the rule: one burst, one kill, one restart.
 */
@Tag("browser")
class DurabilityIT {

  private static final String ADMIN_EMAIL = "durable.admin@pawprints.test";
  private static final String ADMIN_PASSWORD = "a long and memorable passphrase";
  private static final Map<String, String> ENVIRONMENT =
      Map.of("PAWPRINTS_ADMIN_EMAIL", ADMIN_EMAIL, "PAWPRINTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
  private static final List<String> EXERCISES =
      List.of(
          "/my/module.xhtml?step=appreciation&at=e-an-appreciation-ive-been-meaning-to-say",
          "/my/module.xhtml?step=appreciation&at=e-three-things-this-week");

  @Test
  void everyAcknowledgedSaveIsThereAfterTheServerIsKilled() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "durability-");
    String tag = Long.toString(System.nanoTime(), 36);
    String cohortName = "Kept after a crash " + tag;
    List<String> answers =
        List.of(
            ("The way you hum while making coffee " + tag + ". ").repeat(30),
            "Three things this week " + tag + ": the walk, the soup, the note.");
    TestPerson sam;

    PawprintsServer server = PawprintsServer.start(dataDir, ENVIRONMENT, "durability-server.log");
    try (Browsers browsers = Browsers.launch()) {
      sam = new TestPeople(server.jdbcUrl()).participant("sam", "en");
      Page admin = signedIn(browsers.browser(), server, ADMIN_EMAIL, ADMIN_PASSWORD);
      admin.navigate(server.url("/admin/cohorts.xhtml"));
      admin.locator("#new-cohort").click();
      admin.locator("#cohort\\:name").fill(cohortName);
      admin.locator("#cohort\\:capacity").fill("12");
      admin.locator("#cohort\\:save").click();
      admin.waitForURL(Pattern.compile(".*/admin/cohort-edit\\.xhtml\\?id=\\d+$"));

      Page page = signedIn(browsers.browser(), server, sam.email(), sam.password());
      for (int i = 0; i < EXERCISES.size(); i++) {
        page.navigate(server.url(EXERCISES.get(i)));
        page.locator("#answer\\:text").fill(answers.get(i));
        page.locator("#answer\\:save").click();
        assertThat(page.locator("#answer\\:messages")).containsText("Your answer is saved.");
      }
      // The last "saved" is on screen: the server dies now, before any background write.
      server.kill();
      assertTrue(Files.exists(dataDir.resolve("pawprints.mv.db")));
    } finally {
      server.kill();
    }

    PawprintsServer restarted =
        PawprintsServer.start(dataDir, ENVIRONMENT, "durability-server-restarted.log");
    try {
      TestPeople database = new TestPeople(restarted.jdbcUrl());
      for (String answer : answers) {
        // The content column holds the answer as JSON: look for the words inside it.
        assertEquals(
            "1",
            database.queryOne(
                "SELECT COUNT(*) FROM answer WHERE person_id = "
                    + sam.id()
                    + " AND POSITION('"
                    + answer.strip()
                    + "' IN content) > 0"),
            "an acknowledged answer was lost");
      }
      assertEquals(
          "1",
          database.queryOne("SELECT COUNT(*) FROM cohort WHERE name = '" + cohortName + "'"),
          "the created cohort was lost");
      assertEquals(
          "1",
          database.queryOne(
              "SELECT COUNT(*) FROM audit_event WHERE event_type = 'COHORT_CREATED'"));
      assertTrue(
          Integer.parseInt(
                  database.queryOne(
                      "SELECT COUNT(*) FROM audit_event WHERE event_type = 'LOGIN_SUCCEEDED'"))
              >= 2,
          "the sign-ins' audit rows were lost");
    } finally {
      restarted.close();
    }
  }

  private static Page signedIn(
      Browser browser, PawprintsServer server, String email, String password) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-CA"));
    context.setDefaultTimeout(30_000);
    Page page = context.newPage();
    page.navigate(server.url("/login.xhtml"));
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(password);
    page.locator("#login\\:submit").click();
    page.waitForURL(url -> !url.contains("login.xhtml"));
    return page;
  }
}
