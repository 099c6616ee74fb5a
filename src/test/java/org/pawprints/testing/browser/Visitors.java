package org.pawprints.testing.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens browser pages as distinct people would: each visitor has their own context (cookies,
 * language, screen size), used by no one else during the test. When the test ends, the contexts are
 * emptied and kept for later tests' visitors ({@link ContextPool}), or closed when the test failed
 * or asked for a context of its own ({@link #openAlone}).
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
  private final List<ContextPool.Pooled> pooled = new ArrayList<>();
  private final List<BrowserContext> alone = new ArrayList<>();
  private boolean failed;

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

  /**
   * Signs a person in and opens their home page. When success is certain (a person seeded by {@link
   * TestPeople} with their password unchanged, see {@link TestPeople#canSignIn}) the sign-in form
   * is sent over plain HTTP in the page's context, which saves rendering the sign-in page;
   * otherwise, and whenever that did not sign them in, through the real form, so the page shows the
   * form's answer. Tests of signing in itself use {@link #signInThroughForm}.
   */
  public Page signIn(Page page, String email, String password) {
    Optional<String> home = signInOverHttp(page, email, password);
    if (home.isEmpty()) {
      return signInThroughForm(page, email, password);
    }
    page.navigate(home.get().startsWith("http") ? home.get() : url(home.get()));
    return page;
  }

  /**
   * Signs a person in and opens {@code path} straight away, without loading their home page first.
   */
  public Page signIn(Page page, String email, String password, String path) {
    signInWithoutOpening(page, email, password);
    page.navigate(url(path));
    return page;
  }

  /**
   * Signs a person in without opening any page, for a test whose next step opens a page itself and
   * reads its response (a refused page's status, a header): their home page would be a page load
   * that checks nothing.
   */
  public void signInWithoutOpening(Page page, String email, String password) {
    if (signInOverHttp(page, email, password).isEmpty()) {
      signInThroughForm(page, email, password);
    }
  }

  /** Signs in through the sign-in page, as a person does, and waits for the page it leads to. */
  public Page signInThroughForm(Page page, String email, String password) {
    page.navigate(url("/login.xhtml"));
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(password);
    page.locator("#login\\:submit").click();
    page.waitForLoadState();
    return page;
  }

  /**
   * Sends the sign-in form over plain HTTP in the page's context, whatever the outcome (for tests
   * that need many attempts and check only the last one in the browser); answers whether it signed
   * in. The page itself stays where it is.
   */
  public boolean sendSignInOverHttp(Page page, String email, String password) {
    return HttpSignIn.signIn(this, page, email, password, testClass, testName).isPresent();
  }

  private Optional<String> signInOverHttp(Page page, String email, String password) {
    if (!people().canSignIn(email, password)) {
      return Optional.empty();
    }
    return HttpSignIn.signIn(this, page, email, password, testClass, testName);
  }

  /**
   * The HTML the server sends for {@code path} in the session of {@code page} (following redirects,
   * whatever the status), fetched over plain HTTP without rendering it: for sweeps that only read
   * what a response holds. The page itself stays where it is.
   */
  public String html(Page page, String path) {
    String url = url(path);
    PageLoads.record(testClass, testName, "http", url);
    return page.context().request().get(url).text();
  }

  /** A visitor whose browser asks for {@code locale} (for example "en-CA" or "fr-CA"). */
  public Page open(String locale) {
    ContextPool.Pooled context = ContextPool.of(browser).take(locale, testClass, testName);
    pooled.add(context);
    return context.context().newPage();
  }

  /**
   * A visitor in a context that no other test ever uses, closed when the test ends: for a test that
   * changes the context itself in a way that cannot be undone for the next visitor (a fake clock, a
   * script added to every page of the context).
   */
  public Page openAlone(String locale) {
    BrowserContext context = newContext(browser, locale);
    PageLoads.watch(context, testClass, testName);
    alone.add(context);
    return context.newPage();
  }

  static BrowserContext newContext(Browser browser, String locale) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT));
    context.setDefaultTimeout(15_000);
    return context;
  }

  public String url(String path) {
    return server.url(path);
  }

  /** The browser of this test's thread, for tests of the browser-test machinery itself. */
  Browser browser() {
    return browser;
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

  /**
   * The test failed: every page it opened is saved as it stood, and its contexts will be closed
   * rather than handed on (whatever went wrong may have left something in them).
   */
  void afterFailure() {
    failed = true;
    int n = 0;
    for (BrowserContext context : contexts()) {
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

  /**
   * What the end of a session (its timeout) does to a browser: the session cookie no longer names a
   * session. Other cookies (the language) stay, as they would.
   */
  public static void endSession(Page page) {
    List<com.microsoft.playwright.options.Cookie> kept =
        page.context().cookies().stream().filter(c -> !c.name.equals("JSESSIONID")).toList();
    page.context().clearCookies();
    if (!kept.isEmpty()) {
      page.context().addCookies(kept);
    }
  }

  private List<BrowserContext> contexts() {
    List<BrowserContext> all = new ArrayList<>(alone);
    pooled.forEach(p -> all.add(p.context()));
    return all;
  }

  /** What a failed test left stays out of later tests: its contexts are closed, not handed on. */
  @Override
  public void close() {
    alone.forEach(BrowserContext::close);
    ContextPool pool = ContextPool.of(browser);
    String origin = server.url("/").replaceAll("/$", "");
    for (ContextPool.Pooled context : pooled) {
      if (failed) {
        context.context().close();
      } else {
        pool.giveBack(context, origin);
      }
    }
  }
}
