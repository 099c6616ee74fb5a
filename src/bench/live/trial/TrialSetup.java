import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first half of the new-user trial of a live session (docs/live.md "New-user trial, session
 * 6"): on a fresh Pawprints, set up the way README "Your first cohort" says, from the
 * administrator's pages only: the first administrator from the setup link in the log, one
 * facilitator invited by mail, a facilitator-paced cohort, three couples invited in one go each
 * (one partner in French) and one solo participant, every account made from its mailed link.
 * Writes who is who to trial.properties for TrialSession. Run by src/bench/live/trial/trial.sh.
 */
public class TrialSetup {
  static final String PASSWORD = "two small steps a day";

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path log = Path.of(args[1]);
    Path mail = Path.of(args[2]);
    Path out = Path.of(args[3]);
    long t0 = System.nanoTime();
    try (Playwright pw = Playwright.create();
        Browser browser = pw.chromium().launch(TrialSession.launchOptions())) {
      Page admin = browser.newContext(TrialSession.laptop("en-CA")).newPage();
      Matcher setup =
          Pattern.compile("(/setup\\.xhtml\\?token=\\S+)").matcher(Files.readString(log));
      String setupPath = null;
      while (setup.find()) {
        setupPath = setup.group(1);
      }
      admin.navigate(base + setupPath);
      admin.getByLabel("Email").fill("ada@trial.test");
      admin.locator("#setup\\:displayName").fill("Ada");
      admin.locator("#setup\\:password input, input#setup\\:password").first().fill(PASSWORD);
      admin.locator("#setup\\:confirmation input, input#setup\\:confirmation").first().fill(PASSWORD);
      admin.locator("#setup\\:submit").click();
      // The setup signs the new administrator in (the first hour's change); older builds sent
      // them to the sign-in page instead.
      admin.waitForURL(url -> !url.contains("/setup.xhtml"));
      if (admin.url().contains("/login.xhtml")) {
        signIn(admin, base, "ada@trial.test");
      }
      say(t0, "administrator signed in at " + admin.url());

      // 1. Make a facilitator.
      admin.navigate(base + "/admin/people.xhtml");
      admin.locator("#invite-staff").click();
      admin.locator("#staff\\:email").fill("fatima@trial.test");
      admin.locator("#staff\\:name").fill("Fatima");
      admin.locator("#staff\\:send").click();
      assertThat(admin.locator("#people\\:messages")).containsText("An invitation is on its way");
      Page fatima = browser.newContext(TrialSession.laptop("en-CA")).newPage();
      fatima.navigate(base + link(mail, "fatima@trial.test"));
      fatima.locator("#welcome\\:password").fill(PASSWORD);
      fatima.locator("#welcome\\:confirmation").fill(PASSWORD);
      fatima.locator("#welcome\\:submit").click();
      // The welcome signs her in now (first hour); once it sent her to the sign-in page.
      assertThat(fatima.locator("body")).containsText("Your password is saved");
      say(t0, "facilitator Fatima has her password");

      // 2. Create a cohort (facilitator-paced) and 3. give it its facilitator.
      admin.navigate(base + "/admin/cohorts.xhtml");
      admin.locator("#new-cohort").click();
      admin.locator("#cohort\\:name").fill("Spring couples");
      admin
          .locator("#cohort\\:pacing_input")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption().setIndex(1),
              new Locator.SelectOptionOptions().setForce(true));
      admin.locator("#cohort\\:save").click();
      admin.waitForLoadState();
      admin
          .locator("#facilitators\\:candidate_input")
          .selectOption(
              new com.microsoft.playwright.options.SelectOption().setLabel("Fatima (fatima@trial.test)"),
              new Locator.SelectOptionOptions().setForce(true));
      admin.locator("#facilitators\\:add").click();
      assertThat(admin.locator("#facilitator-list")).containsText("Fatima");
      String cohortId = admin.locator("#open-roster").getAttribute("href").replaceAll(".*id=", "");
      say(t0, "cohort " + cohortId + " with Fatima");

      // 4. Invite the couples, a couple at a time, and one solo participant.
      admin.locator("#open-roster").click();
      String[][] couples = {
        {"iris", "Iris", "jon", "Jon"}, {"alex", "Alex", "sam", "Sam"}, {"noah", "Noah", "lea", "Léa"}
      };
      for (String[] c : couples) {
        admin.locator("#invite\\:email").fill(c[0] + "@trial.test");
        admin.locator("#invite\\:name").fill(c[1]);
        admin.locator("#invite\\:partner-email").fill(c[2] + "@trial.test");
        admin.locator("#invite\\:partner-name").fill(c[3]);
        admin.locator("#invite\\:send").click();
        assertThat(admin.locator("#messages")).containsText("They become a couple");
      }
      admin.locator("#invite\\:email").fill("rosa@trial.test");
      admin.locator("#invite\\:name").fill("Rosa");
      admin.locator("#invite\\:send").click();
      assertThat(admin.locator("#invitation-list")).containsText("rosa@trial.test");
      for (String who : List.of("iris", "jon", "alex", "sam", "noah", "lea", "rosa")) {
        accept(browser, base, mail, who, "lea".equals(who) || "sam".equals(who));
      }
      admin.navigate(base + "/admin/cohort.xhtml?id=" + cohortId);
      assertThat(admin.locator("#couples")).containsText("Iris & Jon");
      assertThat(admin.locator("#couples")).containsText("Noah & Léa");
      TrialSession.shots = out.getParent().resolve("shots");
      TrialSession.shot(admin, "admin-roster");
      say(t0, "three couples paired, Rosa alone");
      Properties p = new Properties();
      p.setProperty("cohort", cohortId);
      p.setProperty("password", PASSWORD);
      try (var w = Files.newBufferedWriter(out)) {
        p.store(w, "trial");
      }
    }
  }

  static void signIn(Page page, String base, String email) {
    page.navigate(base + "/login.xhtml");
    page.locator("#login\\:email").fill(email);
    page.locator("#login\\:password").fill(PASSWORD);
    page.locator("#login\\:submit").click();
    page.waitForLoadState();
  }

  private static void accept(Browser browser, String base, Path mail, String who, boolean french)
      throws Exception {
    Page phone = browser.newContext(TrialSession.phone(french ? "fr-CA" : "en-CA")).newPage();
    phone.navigate(base + link(mail, who + "@trial.test"));
    if (french) {
      phone
          .locator("#accept\\:language_input")
          .selectOption("FR", new Locator.SelectOptionOptions().setForce(true));
    }
    phone.locator("#accept\\:password").fill(PASSWORD);
    phone.locator("#accept\\:confirmation").fill(PASSWORD);
    phone.locator("#accept\\:create").click();
    // The message now comes on the signed-in home page (first hour), in its status region.
    assertThat(phone.locator("main"))
        .containsText(Pattern.compile("Your account is ready|Votre compte est prêt"));
    phone.context().close();
  }

  /** The path of the newest link mailed to {@code to}, waiting up to 60 s for it. */
  static String link(Path mail, String to) throws Exception {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      try (Stream<Path> files = Files.list(mail)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          try (InputStream in = Files.newInputStream(f)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            if (m.getAllRecipients()[0].toString().contains(to)) {
              String body = body(m.getContent());
              Matcher l = Pattern.compile("https?://[^/\\s]+(/[^\\s\"<>]+token=[^\\s\"<>]+)").matcher(body);
              if (l.find()) {
                return l.group(1).replace("&amp;", "&");
              }
            }
          }
        }
      }
      Thread.sleep(300);
    }
    throw new IllegalStateException("no mail to " + to);
  }

  private static String body(Object content) throws Exception {
    if (content instanceof jakarta.mail.Multipart mp) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < mp.getCount(); i++) {
        all.append(body(mp.getBodyPart(i).getContent()));
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  static void say(long t0, String what) {
    System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, what);
  }
}
