package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.Browsers;
import org.pawprints.testing.browser.PawprintsServer;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;

/**
 * Rule 3 of issue 10, live secrets never reach staff, on a Pawprints of its own with no SMTP server
 * (the shared test server sends its mail to GreenMail): held mail shows to whom and why, and no
 * link or code, neither on the page nor in its HTML source.
 */
@Tag("browser")
class OutboxSecretsBrowserIT {

  private static final String ADMIN = "outbox.admin@pawprints.test";
  private static final String ADMIN_PASSWORD = "an outbox admin passphrase";

  private static PawprintsServer server;
  private static Browsers browsers;
  private final List<BrowserContext> contexts = new ArrayList<>();

  @BeforeAll
  static void pawprintsWithoutSmtp() throws Exception {
    server =
        PawprintsServer.start(
            Map.of("PAWPRINTS_ADMIN_EMAIL", ADMIN, "PAWPRINTS_ADMIN_PASSWORD", ADMIN_PASSWORD),
            "browser-server-without-smtp.log");
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

  private Page signedInAdmin(String locale, String email, String password) {
    Page page = open(locale);
    page.navigate(server.url("/login.xhtml"));
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(password);
    page.locator("#login\\:submit").click();
    assertThat(page.locator("#people-link")).isVisible();
    return page;
  }

  private Page open(String locale) {
    Browser browser = browsers.browser();
    BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setLocale(locale));
    fresh.setDefaultTimeout(15_000);
    contexts.add(fresh);
    return fresh.newPage();
  }
}
