package org.pawprints.testing.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens browser pages as distinct people would: each visitor has their own context (cookies,
 * language, screen size). Contexts are closed when the test ends.
 */
public final class Visitors implements AutoCloseable {

  /** A phone-sized screen: most participants use Pawprints on a phone. */
  public static final int PHONE_WIDTH = 390;

  public static final int PHONE_HEIGHT = 844;

  private final PawprintsServer server;
  private final Browser browser;
  private final TestMail mail;
  private final FirstAdministrator admin;
  private final String testClass;
  private final String testName;
  private final List<BrowserContext> contexts = new ArrayList<>();

  Visitors(
      PawprintsServer server,
      Browser browser,
      TestMail mail,
      FirstAdministrator admin,
      String testClass,
      String testName) {
    this.server = server;
    this.browser = browser;
    this.mail = mail;
    this.admin = admin;
    this.testClass = testClass;
    this.testName = testName;
  }

  public TestMail mail() {
    return mail;
  }

  public TestPeople people() {
    return new TestPeople(server.jdbcUrl());
  }

  public FirstAdministrator admin() {
    return admin;
  }

  /** Signs in through the login page and waits for the home page. */
  public Page signIn(Page page, String email, String password) {
    page.navigate(url("/login.xhtml"));
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(password);
    page.locator("#login\\:submit").click();
    page.waitForLoadState();
    return page;
  }

  /** A visitor whose browser asks for {@code locale} (for example "en-CA" or "fr-CA"). */
  public Page open(String locale) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT));
    context.setDefaultTimeout(15_000);
    PageLoads.watch(context, testClass, testName);
    contexts.add(context);
    return context.newPage();
  }

  public String url(String path) {
    return server.url(path);
  }

  public PawprintsServer server() {
    return server;
  }

  /**
   * Saves a screenshot of a page worth a person's look under target/browser, when screenshots were
   * asked for ({@code -Dpawprints.screenshots=all}); a failing test's pages are saved anyway (see
   * {@link BrowserExtension}). A full-page screenshot costs as much as a page view, so a normal
   * build takes none.
   */
  public void screenshot(Page page, String name) {
    if ("all".equals(System.getProperty("pawprints.screenshots"))) {
      save(page, name);
    }
  }

  /** Every page this test opened, as it stood when the test failed. */
  void screenshotAfterFailure() {
    int n = 0;
    for (BrowserContext context : contexts) {
      for (Page page : context.pages()) {
        if (!page.isClosed()) {
          save(page, "failure-" + ++n);
        }
      }
    }
  }

  private void save(Page page, String name) {
    Path dir = Path.of(System.getProperty("pawprints.testOutput", "target/browser"));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(dir.resolve(testName.replaceAll("\\W+", "_") + "-" + name + ".png"))
            .setFullPage(true));
  }

  @Override
  public void close() {
    contexts.forEach(BrowserContext::close);
  }
}
