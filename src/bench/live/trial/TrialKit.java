import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.pawprints.testing.browser.Accessibility;

/** What TrialSession and TrialSetup share: screens, waits, screenshots, axe, the log. */
public class TrialKit {
  static final List<String> findings = new ArrayList<>();
  static Path shots;
  static String base;
  static String password;
  static long t0 = System.nanoTime();
  static int shotNo = 0;

  /** No phone shows words but its own and its partner's; no staff screen shows any. */
  static void wordsStayInTheCouple(
      Map<String, Page> phones, Map<String, String> words, String[][] couples, List<Page> staffScreens) {
    for (var e : phones.entrySet()) {
      String text = e.getValue().content();
      for (var other : words.entrySet()) {
        boolean mine = other.getKey().equals(e.getKey());
        boolean partner = false;
        for (String[] c : couples) {
          partner |= (c[0].equals(e.getKey()) && c[1].equals(other.getKey()))
              || (c[1].equals(e.getKey()) && c[0].equals(other.getKey()));
        }
        if (!mine && !partner && text.contains(html(other.getValue()))) {
          findings.add("LEAK: " + e.getKey() + "'s phone shows " + other.getKey() + "'s words");
        }
      }
    }
    for (Page staff : staffScreens) {
      for (String w : words.values()) {
        if (staff.content().contains(html(w))) {
          findings.add("LEAK: a staff screen shows a couple's words: " + w);
        }
      }
    }
  }

  static void moderate(Page control, String text, String button) {
    Locator row = control.locator(".pp-live-moderation li", new Page.LocatorOptions().setHasText(text)).first();
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
    assertThat(row).containsText("Show".equals(button) ? "shown" : "hidden");
  }

  /** Next on the control screen; waits for every screen to show the new activity. */
  static String next(Page control, Page presenter, Map<String, Page> phones) {
    String before = control.locator("#activity-title").innerText();
    control.locator("#control\\:next").click();
    assertThat(control.locator("#activity-title")).not().hasText(before);
    return follow(control, presenter, phones.values());
  }

  static String follow(Page control, Page presenter, java.util.Collection<Page> phones) {
    assertThat(control.locator("#activity-title")).isVisible();
    String title = control.locator("#activity-title").innerText();
    long start = System.nanoTime();
    assertThat(presenter.locator("#activity-title")).hasText(title);
    for (Page phone : phones) {
      // The French phones show the same agenda: the plan was copied in the cohort's language.
      assertThat(phone.locator("#activity-title")).hasText(title);
    }
    say(String.format("  all screens on \"%s\" within %d ms", title, (System.nanoTime() - start) / 1_000_000));
    return title;
  }

  /** A tap on a one-choice option, or a tick and Send for a choose-all-that-fit poll. */
  static void pick(Page phone, int index) {
    if (phone.locator("#answer\\:chosen").count() > 0) {
      phone.locator("#answer\\:chosen .ui-chkbox-box").nth(index).click();
      phone.waitForResponse(
          r -> String.valueOf(r.request().postData()).contains("send-chosen"),
          () -> phone.locator("#answer\\:send-chosen").click());
    } else {
      phone.locator(".pp-live-option").nth(index).click();
    }
  }

  static String answered(Page phone) {
    return phone.locator("html").getAttribute("lang").startsWith("fr")
        ? "Votre réponse est enregistrée"
        : "Your answer is in";
  }

  static String six() {
    return "6 answered";
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("'", "&#39;");
  }

  static void shotAll(String name, Page control, Page presenter, Map<String, Page> phones) {
    shot(control, name + "-control");
    shot(presenter, name + "-presenter");
    shot(phones.get("iris"), name + "-phone-en");
    shot(phones.get("lea"), name + "-phone-fr");
    shot(phones.get("rosa"), name + "-phone-solo");
  }

  static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(shots.resolve(String.format("%03d-%s.png", ++shotNo, name))));
  }

  static void axe(Page page, String what) {
    try {
      Accessibility.assertNoSeriousViolations(page);
    } catch (AssertionError e) {
      findings.add("axe on " + what + ": " + e.getMessage());
    }
  }

  static void say(String what) {
    System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
  }

  static Page signedIn(Browser browser, Browser.NewContextOptions options, String email, String path) {
    Page page = browser.newContext(options).newPage();
    signIn(page, email);
    page.navigate(base + path);
    return page;
  }

  static void signIn(Page page, String email) {
    page.navigate(base + "/login.xhtml");
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(password);
    page.locator("#login\\:submit").click();
    page.waitForLoadState();
  }

  static BrowserType.LaunchOptions launchOptions() {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/lib/chromium/chromium-headless-shell");
    return new BrowserType.LaunchOptions()
        .setExecutablePath(Path.of(chromium))
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"));
  }

  static Browser.NewContextOptions phone(String locale) {
    return new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844)
        .setDeviceScaleFactor(1).setHasTouch(true).setIsMobile(true).setTimezoneId("America/Toronto");
  }

  static Browser.NewContextOptions laptop(String locale) {
    return new Browser.NewContextOptions().setLocale(locale).setViewportSize(1366, 768)
        .setTimezoneId("America/Toronto").setAcceptDownloads(true);
  }

  static Browser.NewContextOptions projector(String locale) {
    return new Browser.NewContextOptions().setLocale(locale).setViewportSize(1920, 1080)
        .setTimezoneId("America/Toronto");
  }
}
