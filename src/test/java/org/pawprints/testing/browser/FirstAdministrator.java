package org.pawprints.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pawprints.testing.browser.TestPeople.TestPerson;

/**
 * The first administrator of the test server, created the way a new operator does it: by opening
 * the one-time setup link that the server wrote to its log on first start.
 */
public final class FirstAdministrator {

  public static final String EMAIL = "first.admin@pawprints.test";
  public static final String PASSWORD = "a long and memorable passphrase";
  private static final Pattern SETUP_LINK =
      Pattern.compile("https?://\\S+(/setup\\.xhtml\\?token=\\S+)");

  private final TestPerson person;
  private final String setupPath;
  private final String landing;

  private FirstAdministrator(TestPerson person, String setupPath, String landing) {
    this.person = person;
    this.setupPath = setupPath;
    this.landing = landing;
  }

  static FirstAdministrator createThroughSetupLink(PawprintsServer server, Browser browser) {
    String setupPath = setupPathFromLog(server);
    String landing;
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setLocale("en-CA"))) {
      Page page = context.newPage();
      page.navigate(server.url(setupPath));
      page.locator("#setup\\:email").fill(EMAIL);
      page.locator("#setup\\:displayName").fill("Ada Admin");
      // The operator walked away past the session, twice: the page keeps no view on the server,
      // so a mistake gets its message and the account is still made (no "page expired").
      choosePassword(page, PASSWORD, PASSWORD + "!");
      assertThat(page.locator("#setup\\:messages")).containsText("are not the same");
      assertThat(page.locator("#setup\\:email")).hasValue(EMAIL);
      choosePassword(page, PASSWORD, PASSWORD);
      assertThat(page.locator(".pp-messages, #welcome-note").first())
          .containsText("The administrator account is ready");
      landing = java.net.URI.create(page.url()).getPath();
    }
    new TestPeople(server.jdbcUrl()).remember(EMAIL, PASSWORD);
    return new FirstAdministrator(
        new TestPerson(0, EMAIL, PASSWORD, "Ada Admin"), setupPath, landing);
  }

  private static void choosePassword(Page page, String password, String again) {
    page.locator("#setup\\:password input, input#setup\\:password").first().fill(password);
    page.locator("#setup\\:confirmation input, input#setup\\:confirmation").first().fill(again);
    Visitors.endSession(page);
    page.locator("#setup\\:submit").click();
  }

  private static String setupPathFromLog(PawprintsServer server) {
    try {
      Matcher link = SETUP_LINK.matcher(Files.readString(server.log()));
      if (!link.find()) {
        throw new IllegalStateException("No setup link in " + server.log());
      }
      return link.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public TestPerson person() {
    return person;
  }

  /** The page the setup form led to (its path), for FirstAdminBrowserIT. */
  public String landing() {
    return landing;
  }

  /** The setup link, already used. */
  public String setupPath() {
    return setupPath;
  }
}
