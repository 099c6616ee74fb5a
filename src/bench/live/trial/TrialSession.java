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

/**
 * The second half of the new-user trial (docs/live.md "New-user trial, session 6"): Fatima, the
 * facilitator, schedules a session from her own pages, starts its agenda from step 1's default
 * plan and runs it end to end from a laptop, with the presenter on a projector-sized screen and
 * seven phones (three couples, one partner of two of them in French, and Rosa alone). Nothing is
 * ever reloaded except where the trial reloads on purpose (a phone, the second facilitator
 * device): every wait is for a push-driven change. Screenshots of every view at phone and
 * projector sizes go to shots/; axe findings and anything that took a reload are printed.
 */
public class TrialSession extends TrialKit {

  public static void main(String[] args) throws Exception {
    base = args[0];
    Properties p = new Properties();
    p.load(Files.newBufferedReader(Path.of(args[1])));
    password = p.getProperty("password");
    String cohort = p.getProperty("cohort");
    shots = Path.of(args[2]);
    Files.createDirectories(shots);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    try (Playwright pw = Playwright.create();
        Browser browser = pw.chromium().launch(launchOptions())) {
      try {
        run(browser, cohort);
      } catch (RuntimeException | Error e) {
        int f = 0;
        for (var context : browser.contexts()) {
          for (Page page : context.pages()) {
            shot(page, "FAILED-" + (++f));
          }
        }
        throw e;
      }
    } finally {
      System.out.println("\nFindings (" + findings.size() + "):");
      findings.forEach(f -> System.out.println(" - " + f));
    }
  }

  static void run(Browser browser, String cohort) throws Exception {
    // Fatima plans: her home, the cohort, its live sessions, a new session for now.
    Page control = signedIn(browser, laptop("en-CA"), "fatima@trial.test", "/facilitate/index.xhtml");
    shot(control, "facilitator-home");
    control.navigate(base + "/facilitate/cohort.xhtml?id=" + cohort);
    control.locator("#live-sessions-link").click();
    control.waitForLoadState();
    LocalDateTime now = LocalDateTime.now(ZoneId.of("America/Toronto"));
    control.locator("#schedule\\:title").fill("Week 1: softer beginnings");
    control.locator("#schedule\\:day").fill(now.toLocalDate().toString());
    control.locator("#schedule\\:time").fill(String.format("%02d:%02d", now.getHour(), now.getMinute()));
    control.locator("#schedule\\:save").click();
    // Scheduling leads straight to the new session's agenda.
    assertThat(control.locator("#starter\\:copy-plan")).isVisible();
    String session = control.url().replaceAll(".*session=", "").replaceAll("[^0-9].*", "");
    shot(control, "agenda-empty");
    axe(control, "agenda");
    control.locator("#starter\\:copy-plan").click();
    assertThat(control.locator("#items li")).hasCount(12);
    shot(control, "agenda-from-plan");
    say("agenda copied from step 1's plan: 12 activities");
    // Back to her home, as on the day of the session: it lists the session, one tap to Control.
    control.navigate(base + "/facilitate/index.xhtml");
    shot(control, "facilitator-home-with-session");
    control.locator("#lead-control-" + session).click();
    control.waitForLoadState();
    String code;
    control.locator("#control\\:lobby").click();
    assertThat(control.locator("#session-state")).hasText("Open for joining");
    shot(control, "control-lobby");
    axe(control, "control lobby");

    // The presenter on the projector (another window of Fatima's laptop, 1920x1080).
    String presenterHref = control.locator("#presenter-link").getAttribute("href");
    Page presenter = browser.newContext(projector("en-CA")).newPage();
    signIn(presenter, "fatima@trial.test");
    presenter.navigate(base + presenterHref);
    code = presenter.locator("#join-code").innerText().trim();
    shot(presenter, "presenter-lobby");
    axe(presenter, "presenter lobby");
    say("lobby open, code " + code);

    // Phones: four join from the dashboard, Sam and Léa (French) by typing the code.
    Map<String, Page> phones = new LinkedHashMap<>();
    for (String who : List.of("iris", "jon", "alex", "rosa")) {
      Page phone = signedIn(browser, phone("en-CA"), who + "@trial.test", "/my/index.xhtml");
      if (who.equals("iris")) {
        shot(phone, "dashboard-live-now");
        axe(phone, "dashboard");
      }
      phone.locator("#join-live-" + session).click();
      assertThat(phone.locator("#waiting")).isVisible();
      phones.put(who, phone);
    }
    for (String who : List.of("sam", "lea")) {
      Page phone = signedIn(browser, phone("fr-CA"), who + "@trial.test", "/my/index.xhtml");
      phone.locator("#join-by-code").click();
      phone.waitForLoadState();
      if (who.equals("sam")) {
        shot(phone, "join-by-code-fr");
      }
      phone.locator("#join\\:code").fill(code.toLowerCase());
      phone.locator("#join\\:submit").click();
      assertThat(phone.locator("#waiting")).isVisible();
      phones.put(who, phone);
    }
    shot(phones.get("iris"), "phone-waiting-en");
    shot(phones.get("lea"), "phone-waiting-fr");
    axe(phones.get("lea"), "phone waiting fr");
    assertThat(control.locator("#couples-here")).containsText("Iris");
    shot(control, "control-lobby-joined");
    say("six phones in; Noah will come late");

    // 0. Check-in (1-10).
    control.locator("#control\\:start").click();
    String title = follow(control, presenter, phones.values());
    shotAll("01-checkin", control, presenter, phones);
    int n = 3;
    for (Page phone : phones.values()) {
      phone.locator(".pp-live-scale-button").nth(n++ % 10).click();
      assertThat(phone.locator("#answer-state")).containsText(answered(phone));
    }
    assertThat(control.locator("#answer-count")).containsText(six());
    control.locator("#control\\:reveal").click();
    assertThat(presenter.locator("#results")).isVisible();
    shotAll("01-checkin-revealed", control, presenter, phones);
    say("check-in: " + title);

    // 1. A slide, with reactions.
    next(control, presenter, phones);
    Page rosa = phones.get("rosa");
    rosa.locator(".pp-live-reaction").first().click();
    assertThat(control.locator("#reaction-counts, .pp-live-reaction-counts").first()).isVisible();
    shotAll("02-slide", control, presenter, phones);

    // 2. A poll: answer, change, lock, reveal.
    title = next(control, presenter, phones);
    Page iris = phones.get("iris");
    pick(iris, 0);
    assertThat(iris.locator("#answer-state")).containsText(answered(iris));
    pick(iris, 1);
    assertThat(iris.locator("#answer-state")).containsText(answered(iris));
    int i = 0;
    for (Page phone : phones.values()) {
      if (phone != iris) {
        pick(phone, i++ % 3);
        assertThat(phone.locator("#answer-state")).containsText(answered(phone));
      }
    }
    assertThat(control.locator("#answer-count")).containsText(six());
    shotAll("03-poll-answered", control, presenter, phones);
    control.locator("#control\\:lock").click();
    assertThat(iris.locator("#answer-state")).containsText("Answers are closed");
    control.locator("#control\\:reveal").click();
    assertThat(presenter.locator("#bars")).isVisible();
    assertThat(phones.get("lea").locator("#bars")).isVisible();
    shotAll("03-poll-revealed", control, presenter, phones);
    say("poll: " + title);

    // 3. A slide; Jon's phone reloads during it.
    next(control, presenter, phones);
    Page jon = phones.get("jon");
    jon.reload();
    assertThat(jon.locator("#activity-title")).hasText(control.locator("#activity-title").innerText());
    say("Jon's reload landed on the slide");

    // A second facilitator device: Fatima's phone.
    Page fatimaPhone = signedIn(browser, phone("en-CA"), "fatima@trial.test", "/facilitate/live-control.xhtml?session=" + session);
    assertThat(fatimaPhone.locator("#activity-title")).hasText(control.locator("#activity-title").innerText());
    shot(fatimaPhone, "control-on-phone");
    axe(fatimaPhone, "control on a phone");

    // 4. A quiz question, advanced from the phone this time.
    String slide = fatimaPhone.locator("#activity-title").innerText();
    fatimaPhone.locator("#control\\:next").click();
    assertThat(control.locator("#activity-title")).not().hasText(slide);
    title = follow(control, presenter, phones.values());
    assertThat(fatimaPhone.locator("#activity-title")).hasText(title);
    for (Page phone : phones.values()) {
      phone.locator(".pp-live-option").first().click();
      assertThat(phone.locator("#answer-state")).containsText(answered(phone));
    }
    assertThat(iris.locator("#right-answer")).hasCount(0);
    control.locator("#control\\:reveal").click();
    assertThat(iris.locator("#right-answer")).isVisible();
    assertThat(presenter.locator("#right-answer")).isVisible();
    shotAll("05-quiz-revealed", control, presenter, phones);
    say("quiz: " + title);

    // 5. The couple exercise, with its timer; Noah joins late, on it.
    title = next(control, presenter, phones);
    assertThat(iris.locator("#timer")).isVisible();
    Page noah = signedIn(browser, phone("en-CA"), "noah@trial.test", "/my/index.xhtml");
    noah.locator("#join-live-" + session).click();
    assertThat(noah.locator("#activity-title")).hasText(title);
    phones.put("noah", noah);
    Map<String, String> words = Map.of(
        "iris", "Iris: I start with the dishes, not with you",
        "jon", "Jon: I felt heard when you asked first",
        "alex", "Alex: less 'you always'",
        "sam", "Sam : je commence par ce que je ressens",
        "noah", "Noah: I rush in when I am tired",
        "lea", "Léa : je parle quand je suis fatiguée",
        "rosa", "Rosa: I start gently with my sister");
    for (var e : phones.entrySet()) {
      Page phone = e.getValue();
      phone.locator("#exercise\\:exercise-text").fill(words.get(e.getKey()));
      phone.locator("#exercise\\:exercise-save").click();
      assertThat(phone.locator("#exercise\\:exercise-done")).isVisible();
    }
    shotAll("06-exercise-writing", control, presenter, phones);
    for (var e : phones.entrySet()) {
      e.getValue().locator("#exercise\\:exercise-done").click();
      assertThat(e.getValue().locator("#my-answer")).containsText(words.get(e.getKey()));
    }
    String[][] couples = {{"iris", "jon"}, {"alex", "sam"}, {"noah", "lea"}};
    for (String[] c : couples) {
      assertThat(phones.get(c[0]).locator("#partner-answer")).hasText(words.get(c[1]));
      assertThat(phones.get(c[1]).locator("#partner-answer")).hasText(words.get(c[0]));
    }
    wordsStayInTheCouple(phones, words, couples, List.of(control, presenter, fatimaPhone));
    assertThat(control.locator("#exercise-counts")).containsText("Done: 4");
    shotAll("06-exercise-revealed", control, presenter, phones);
    axe(iris, "exercise revealed");
    axe(phones.get("lea"), "exercise revealed fr");

    // Share with the room: Iris proposes, Jon agrees, Fatima shows it.
    iris.locator("#exercise\\:share-text").fill("Start with the dishes, not with the person");
    iris.locator("#exercise\\:share-propose").click();
    assertThat(jon.locator("#share-preview")).hasText("Start with the dishes, not with the person");
    shot(jon, "06-share-preview-partner");
    jon.locator("#exercise\\:share-consent").click();
    assertThat(control.locator("#ready-shares")).containsText("Start with the dishes");
    shot(control, "06-share-ready-control");
    control.locator("#ready-shares .share-show").click();
    assertThat(presenter.locator("#couple-words")).containsText("Start with the dishes");
    assertThat(iris.locator("#share-shown")).isVisible();
    shotAll("06-share-shown", control, presenter, phones);
    // The timer: extend, then end.
    control.locator("#control\\:timer-extend").click();
    control.locator("#control\\:timer-end").click();
    say("couple exercise: " + title);

    // 6. A break.
    next(control, presenter, phones);
    assertThat(presenter.locator("#timer")).isVisible();
    shotAll("07-break", control, presenter, phones);

    // 7. The floor; a couple pause; a helper call.
    title = next(control, presenter, phones);
    Page alex = phones.get("alex");
    Page sam = phones.get("sam");
    alex.locator("#floor\\:floor-first").click();
    assertThat(alex.locator("#floor-role")).isVisible();
    assertThat(sam.locator("#floor-role")).containsText("écoutez");
    shotAll("08-floor", control, presenter, phones);
    alex.locator("#floor\\:floor-pass").click();
    assertThat(sam.locator("#floor-role")).containsText("parole");
    assertThat(control.locator("#floor-counts")).containsText("2");
    phones.get("lea").locator("#care\\:pause-start").click();
    assertThat(noah.locator("#couple-pause")).isVisible();
    assertThat(control.locator("#paused-count")).hasText("1 couple paused");
    shotAll("08-pause", control, presenter, phones);
    noah.locator("#resume\\:pause-back").click();
    assertThat(phones.get("lea").locator("#activity-title")).hasText(title);
    iris.locator("#care\\:helper-label").fill("Table 3");
    iris.locator("#care\\:helper-ask").click();
    assertThat(jon.locator("#helper-asked")).containsText("Table 3");
    assertThat(control.locator("#helper-calls")).containsText("Table 3");
    shotAll("08-helper", control, presenter, phones);
    control.locator("#helper-calls .helper-done").click();
    assertThat(iris.locator("#helper-asked")).hasCount(0);
    say("floor, pause and helper: " + title);

    // Questions with upvotes, during the floor.
    rosa.locator("#ask\\:question").fill("What if my partner is not in the room?");
    rosa.locator("#ask\\:send-question").click();
    assertThat(control.locator("#control-question-list")).containsText("What if my partner");
    control.locator("#control-question-list .pp-q-approve").first().click();
    assertThat(iris.locator("#question-list")).containsText("What if my partner");
    iris.locator(".pp-live-upvote").first().click();
    assertThat(iris.locator(".pp-live-upvote").first()).hasAttribute("aria-pressed", "true");
    phones.get("lea").locator(".pp-live-upvote").first().click();
    assertThat(control.locator("#control-question-list")).containsText("2");
    shotAll("08-questions", control, presenter, phones);
    control.locator("#control-question-list .pp-q-answer").first().click();
    assertThat(presenter.locator("#presenter-questions, .pp-live-questions").first()).containsText("What if my partner");
    shot(presenter, "08-question-answering-presenter");

    // 8. A quiz question.
    next(control, presenter, phones);
    for (Page phone : phones.values()) {
      phone.locator(".pp-live-option").last().click();
      assertThat(phone.locator("#answer-state")).containsText(answered(phone));
    }
    control.locator("#control\\:reveal").click();
    assertThat(presenter.locator("#right-answer")).isVisible();
    shotAll("09-quiz", control, presenter, phones);

    // 9. An open question: approve two, hide one.
    title = next(control, presenter, phones);
    String[] texts = {"patience", "softer words", "patience", "timing", "breathe", "my tone", "patience"};
    int k = 0;
    for (Page phone : phones.values()) {
      phone.locator("#answer\\:text").fill(texts[k++]);
      phone.locator("#answer\\:send-text").click();
      assertThat(phone.locator("#answer-state")).containsText(answered(phone));
    }
    control.locator("#control\\:reveal").click();
    moderate(control, "patience", "Show");
    moderate(control, "softer words", "Show");
    moderate(control, "my tone", "Hide");
    assertThat(presenter.locator("#texts, #cloud").first()).containsText("patience");
    shotAll("10-open", control, presenter, phones);
    if (presenter.content().contains("my tone")) {
      findings.add("a hidden open answer reached the presenter");
    }
    say("open question: " + title);

    // 10. A slide, 11. the closing check-in.
    next(control, presenter, phones);
    shotAll("11-slide", control, presenter, phones);
    next(control, presenter, phones);
    for (Page phone : phones.values()) {
      phone.locator(".pp-live-scale-button").nth(7).click();
      assertThat(phone.locator("#answer-state")).containsText(answered(phone));
    }
    control.locator("#control\\:reveal").click();
    shotAll("12-checkin", control, presenter, phones);

    // This week's practice.
    control.locator("#pacing\\:practice-note").fill("Try one soft start-up a day, at a calm moment.");
    control.locator("#pacing\\:practice-send-button").click();
    assertThat(control.locator("#practice-last")).isVisible();
    shot(control, "13-practice-sent");
    Page hub = iris.context().newPage();
    hub.navigate(base + "/my/practice.xhtml");
    shot(hub, "13-practice-hub");
    axe(hub, "practice hub");
    hub.close();

    // End.
    control.locator("#control\\:end").click();
    control.locator("#confirm\\:end-yes").click();
    assertThat(control.locator("#session-state")).containsText("Ended");
    assertThat(presenter.locator("#session-state, #ended, #live-root").first()).isVisible();
    for (Page phone : phones.values()) {
      assertThat(phone.locator("#live-root")).not().containsText(title);
      if (phone.locator("#ask").isVisible() || phone.locator(".pp-live-upvote").count() > 0) {
        findings.add("an ended session's phone still offers to ask or upvote");
      }
    }
    shotAll("14-ended", control, presenter, phones);
    say("ended");

    // Afterwards: the summary and its CSV; a participant's own answers.
    control.locator("#summary-link").click();
    control.waitForLoadState();
    shot(control, "15-summary");
    axe(control, "summary");
    Download csv = control.waitForDownload(() -> control.locator("#download-csv").click());
    Path csvPath = shots.resolve("summary.csv");
    csv.saveAs(csvPath);
    String csvText = Files.readString(csvPath);
    for (String w : words.values()) {
      if (csvText.contains(w)) {
        findings.add("LEAK: the CSV has a couple's words: " + w);
      }
    }
    if (csvText.contains("my tone")) {
      findings.add("the CSV has a hidden open answer");
    }
    iris.navigate(base + "/my/live-sessions.xhtml");
    shot(iris, "16-my-live-sessions");
    axe(iris, "my live sessions");
    say("summary and CSV (" + csvText.lines().count() + " lines)");
  }
}
