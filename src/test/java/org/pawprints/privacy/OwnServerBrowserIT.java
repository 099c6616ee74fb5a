package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.Browsers;
import org.pawprints.testing.browser.PawprintsServer;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;

/**
 * The rules that need a Pawprints of their own rather than the build's shared browser-test server:
 * one that starts with no SMTP server, whose boot is watched, and that is killed. One boot serves
 * them all, in this order: the boot is watched, held mail is checked, and the server is killed
 * last.
 *
 * <ul>
 *   <li>Rule 15, ready means ready: from the moment "Pawprints is ready" is in the log or
 *       /health/ready says UP, whichever comes first, the public pages answer 200 with their
 *       content. Both used to come seconds before the web module had started, while every page
 *       answered 500 with an empty body. The boot is watched once, in {@link #boot()}, asking as
 *       often as it can; the test reads what was seen.
 *   <li>Rule 3, live secrets never reach staff: with no SMTP server, held mail shows to whom and
 *       why, and no link or code, neither on the page nor in its HTML source.
 *   <li>Rule 14, "saved" means saved: the server on its default embedded H2 database is killed the
 *       way {@code kill -9} does it, right after a burst of saves that the pages acknowledged, and
 *       its data directory is opened again, as a restart would open it. Every acknowledged answer,
 *       the cohort an administrator created and the audit rows of it all are still there. With H2's
 *       default lazy writes they were not.
 * </ul>
 *
 * <p>The slowest browser class (a boot of its own): it starts first, while the other test thread
 * works through the shared server's classes, rather than last and alone ({@link
 * org.pawprints.testing.browser.LongestAtTheEnds}).
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnServerBrowserIT {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
  private static final List<String> PUBLIC_PAGES =
      List.of("/login.xhtml", "/", "/forgot-password.xhtml", "/join.xhtml");
  private static final String ADMIN = "own.admin@pawprints.test";
  private static final String ADMIN_PASSWORD = "a long and memorable passphrase";
  private static final Map<String, String> ENVIRONMENT =
      Map.of("PAWPRINTS_ADMIN_EMAIL", ADMIN, "PAWPRINTS_ADMIN_PASSWORD", ADMIN_PASSWORD);
  private static final List<String> EXERCISES =
      List.of(
          "/my/module.xhtml?step=appreciation&at=e-an-appreciation-ive-been-meaning-to-say",
          "/my/module.xhtml?step=appreciation&at=e-three-things-this-week");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private static PawprintsServer server;
  private static Browsers browsers;
  private static String firstReadySignal;
  private static final Map<String, HttpResponse<String>> PAGES_AT_READY = new LinkedHashMap<>();
  private final List<BrowserContext> contexts = new ArrayList<>();

  /**
   * Starts the server with no SMTP and records what the public pages answered once it was ready.
   */
  @BeforeAll
  static void boot() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "own-server-");
    server = PawprintsServer.launchToBeKilled(dataDir, ENVIRONMENT, "own-server.log");
    firstReadySignal = awaitFirstSignal();
    for (String path : PUBLIC_PAGES) {
      PAGES_AT_READY.put(path, get(path));
    }
    PAGES_AT_READY.put("/health/ready", get("/health/ready"));
    browsers = Browsers.launch();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browsers != null) {
      browsers.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeContexts() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
  }

  @Test
  @Order(1)
  void pagesServeFromTheMomentPawprintsSaysItIsReady() {
    PAGES_AT_READY.forEach(
        (path, page) -> {
          assertEquals(200, page.statusCode(), path + " right after " + firstReadySignal);
          if (PUBLIC_PAGES.contains(path)) {
            assertTrue(page.body().contains("<form") || page.body().contains("<main"), path);
          }
        });
  }

  @Test
  @Order(2)
  void heldMailShowsToWhomAndWhyButNoLink() {
    TestPeople people = new TestPeople(server.jdbcUrl());
    TestPerson nell = people.create("nell", "en", "PARTICIPANT");

    Page visitor = open("en-CA");
    visitor.navigate(server.url("/forgot-password.xhtml"));
    visitor.locator("#forgot\\:email").fill(nell.email());
    visitor.locator("#forgot\\:submit").click();
    assertThat(visitor.locator("#forgot\\:sent")).isVisible();

    Page admin = signedInAdmin("en-CA", ADMIN, ADMIN_PASSWORD);
    admin.navigate(server.url("/admin/person.xhtml?id=" + nell.id()));
    admin.locator("#person\\:reset").click();
    assertThat(admin.locator("#person\\:messages")).containsText("reset link is on its way");

    admin.navigate(server.url("/admin/outbox.xhtml"));
    assertThat(admin.locator("#no-smtp")).containsText("PAWPRINTS_SMTP_HOST");
    Locator toNell =
        admin.locator("li.pp-mail").filter(new Locator.FilterOptions().setHasText(nell.email()));
    assertThat(toNell.first()).isVisible();
    assertThat(toNell.first().locator(".pp-mail-status")).hasText("Held (no SMTP server)");
    assertThat(toNell.first().locator(".pp-mail-why")).containsText("no mail server is set");
    assertThat(toNell.first().locator(".pp-mail-body")).containsText("[…]");
    assertThat(toNell.first().locator("a.pp-mail-help"))
        .hasAttribute("href", "/admin/person.xhtml?id=" + nell.id());
    assertNoLinkIn(admin.content());
    Accessibility.assertNoSeriousViolations(admin);
  }

  @Test
  @Order(3)
  void inFrenchToo() {
    TestPeople people = new TestPeople(server.jdbcUrl());
    TestPerson odile = people.create("odile", "fr", "PARTICIPANT");
    TestPerson agnes = people.create("agnes", "fr", "ADMIN");

    Page admin = signedInAdmin("fr-CA", agnes.email(), agnes.password());
    admin.navigate(server.url("/admin/person.xhtml?id=" + odile.id()));
    admin.locator("#person\\:reset").click();
    admin.navigate(server.url("/admin/outbox.xhtml"));
    assertThat(admin.locator("#no-smtp")).containsText("Aucun serveur de courriel");
    Locator toOdile =
        admin.locator("li.pp-mail").filter(new Locator.FilterOptions().setHasText(odile.email()));
    assertThat(toOdile.locator(".pp-mail-why")).containsText("Ses liens n’ont pas été conservés");
    assertNoLinkIn(admin.content());
    Accessibility.assertNoSeriousViolations(admin);
  }

  /** The page's HTML source, not only what it shows, carries no one-time link. */
  private static void assertNoLinkIn(String html) {
    assertFalse(html.contains("token="), "no token in the page source");
    assertFalse(html.contains("reset-password.xhtml"), "no reset link in the page source");
    assertTrue(html.contains("[…]"), "the place of the link is marked");
  }

  /** Last: the server does not come back. */
  @Test
  @Order(4)
  void everyAcknowledgedSaveIsThereAfterTheServerIsKilled() throws Exception {
    String tag = Long.toString(System.nanoTime(), 36);
    String cohortName = "Kept after a crash " + tag;
    List<String> answers =
        List.of(
            ("The way you hum while making coffee " + tag + ". ").repeat(30),
            "Three things this week " + tag + ": the walk, the soup, the note.");
    TestPerson sam;

    try {
      sam = new TestPeople(server.jdbcUrl()).participant("sam", "en");
      // What the tests before this one covered on this server; nothing after this point is
      // reached only here. Fetched now, so that the kill follows the last "saved" at once.
      server.saveCoverage();
      Page admin = signedInAdmin("en-CA", ADMIN, ADMIN_PASSWORD);
      admin.navigate(server.url("/admin/cohorts.xhtml"));
      admin.locator("#new-cohort").click();
      admin.locator("#cohort\\:name").fill(cohortName);
      admin.locator("#cohort\\:capacity").fill("12");
      admin.locator("#cohort\\:save").click();
      admin.waitForURL(Pattern.compile(".*/admin/cohort-edit\\.xhtml\\?id=\\d+$"));

      Page page = signedIn("en-CA", sam.email(), sam.password());
      for (int i = 0; i < EXERCISES.size(); i++) {
        page.navigate(server.url(EXERCISES.get(i)));
        page.locator("#answer\\:text").fill(answers.get(i));
        page.locator("#answer\\:save").click();
        assertThat(page.locator("#answer\\:messages")).containsText("Your answer is saved.");
      }
      // The last "saved" is on screen: the server dies now, before any background write.
      server.kill();
      assertTrue(Files.exists(server.dataDir().resolve("pawprints.mv.db")));
    } finally {
      server.kill();
    }

    // The data directory is opened again as a restart opens it (H2 recovers the file the same way
    // whoever opens it); what is asked is only whether the rows are there, so no second boot.
    TestPeople database = new TestPeople(server.jdbcUrl());
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
            "SELECT COUNT(*) FROM audit_event WHERE event_type = 'COHORT_CREATED' AND POSITION('"
                + tag
                + "' IN detail) > 0"),
        "the cohort's audit row was lost");
    assertTrue(
        Integer.parseInt(
                database.queryOne(
                    "SELECT COUNT(*) FROM audit_event WHERE event_type = 'LOGIN_SUCCEEDED'"))
            >= 2,
        "the sign-ins' audit rows were lost");
  }

  private Page signedInAdmin(String locale, String email, String password) {
    Page page = signedIn(locale, email, password);
    assertThat(page.locator("#people-link")).isVisible();
    return page;
  }

  private Page signedIn(String locale, String email, String password) {
    Page page = open(locale);
    page.navigate(server.url("/login.xhtml"));
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(password);
    page.locator("#login\\:submit").click();
    page.waitForURL(url -> !url.contains("login.xhtml"));
    return page;
  }

  private Page open(String locale) {
    Browser browser = browsers.browser();
    BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
    fresh.setDefaultTimeout(30_000);
    contexts.add(fresh);
    return fresh.newPage();
  }

  /** Which signal came first: the log line or readiness. */
  private static String awaitFirstSignal() throws Exception {
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped while booting; see " + server.log());
      }
      if (new String(Files.readAllBytes(server.log()), StandardCharsets.ISO_8859_1)
          .contains("Pawprints is ready at")) {
        return "the log line";
      }
      if (answers("/health/ready") == 200) {
        return "/health/ready UP";
      }
      Thread.sleep(50); // polling interval: as often as a 2-core machine allows
    }
    throw new IllegalStateException("Pawprints never said it was ready; see " + server.log());
  }

  private static int answers(String path) throws InterruptedException {
    try {
      return get(path).statusCode();
    } catch (IOException notListeningYet) {
      return 0;
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
