package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.ReadableDates;
import org.pawprints.testing.browser.SeededLiveSession;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Tries to read across the lines, as a curious or malicious person would. Ana writes one marked
 * sentence in every place Pawprints keeps words: a shared exercise her partner has not answered
 * yet, a private exercise, a closeness check-in, a private bid, a repair, and an appreciation note
 * to Ben. Then her partner (before the reveal), a participant of another couple, a participant of
 * her own cohort, her cohort's facilitator and an administrator open every page they can reach,
 * with her id slipped into the URL, and download their own data. The full HTML of each response
 * (hidden fields and scripts included) must hold none of her words, except the note written for
 * Ben, in Ben's own view. Ana's own export holds all of them, so the markers are real.
 *
 * <p>The same sweep reads every page's dates (issue 13): no raw timestamp and no separator left by
 * an empty field, on the participant pages and the staff's (cohort, people, live sessions,
 * reports), with a live session scheduled so that the live pages have a date to show.
 */
@BrowserTest
class PrivacySweepBrowserIT {

  private static final String SHARED =
      "/my/module.xhtml?step=appreciation&at=e-an-appreciation-ive-been-meaning-to-say";
  private static final String PRIVATE =
      "/my/module.xhtml?step=appreciation&at=e-three-things-this-week";

  private static final List<String> PARTICIPANT_PAGES =
      List.of(
          "/my/index.xhtml",
          SHARED,
          PRIVATE,
          "/my/practice.xhtml",
          "/my/bids.xhtml",
          "/my/repairs.xhtml",
          "/my/appreciations.xhtml",
          "/my/rituals.xhtml",
          "/my/closeness.xhtml",
          "/my/partner.xhtml",
          "/account/notifications.xhtml",
          "/account/profile.xhtml");

  @Test
  void nobodyReadsWhatAnaHasNotReleasedToThem(Visitors visitors) throws IOException {
    TestPeople people = visitors.people();
    Couple couple = people.couple("ana", "en", "ben", "fr");
    TestPerson ana = couple.first();
    long cohort = couple.cohortId();
    String tag = Long.toString(System.nanoTime(), 36);
    Secrets secrets = new Secrets(tag);

    Page anaPage = visitors.open("en-CA");
    visitors.signIn(anaPage, ana.email(), ana.password());
    writeEverything(visitors, anaPage, secrets);
    String anasExport = export(anaPage);
    for (String secret : secrets.all()) {
      assertTrue(anasExport.contains(secret), "Ana's own export holds " + secret);
    }

    TestPerson otherCouple = people.couple("cara", "en", "dan", "en").first();
    TestPerson sameCohort = people.participantIn(cohort, "eli", "fr");
    TestPerson facilitator = people.facilitatorOf(cohort, "fay", "en");
    TestPerson admin = visitors.admin().person();
    long liveSession = 830_000_000L + ana.id();
    SeededLiveSession.planned(
            liveSession, cohort, "Turning toward", "LP" + (ana.id() % 10_000 + 10_000))
        .insertInto(people);

    List<String> tampered = new ArrayList<>();
    for (String path : PARTICIPANT_PAGES) {
      String joiner = path.contains("?") ? "&" : "?";
      // Her id slipped in: a page that read it would show her words; one that ignores it, mine.
      tampered.add(path + joiner + "id=" + ana.id() + "&person=" + ana.id() + "&owner=" + ana.id());
    }
    List<String> staffPages =
        List.of(
            "/facilitate/cohort.xhtml?id=" + cohort,
            "/facilitate/progress.xhtml?cohort=" + cohort,
            "/facilitate/shared.xhtml?cohort=" + cohort,
            "/admin/cohort.xhtml?id=" + cohort,
            "/admin/progress.xhtml?cohort=" + cohort,
            "/admin/person.xhtml?id=" + ana.id(),
            "/admin/people.xhtml",
            "/admin/audit.xhtml",
            "/admin/outbox.xhtml",
            "/admin/index.xhtml",
            "/admin/cohorts.xhtml",
            "/admin/cohort-edit.xhtml?id=" + cohort,
            "/facilitate/index.xhtml",
            "/facilitate/cohorts.xhtml",
            "/facilitate/live-sessions.xhtml?cohort=" + cohort,
            "/facilitate/live-summary.xhtml?session=" + liveSession);

    // Ben, her partner, before he answers the shared exercise: only the note written for him.
    Page ben = signedIn(visitors, "fr-CA", couple.second());
    sweep(visitors, ben, tampered, secrets.allButTheNote());
    assertTrue(export(ben).contains(secrets.note()), "a note received is Ben's to keep");
    assertNothingIn(export(ben), secrets.allButTheNote(), "Ben's export");

    for (TestPerson intruder : List.of(otherCouple, sameCohort)) {
      Page page = signedIn(visitors, "en-CA", intruder);
      sweep(visitors, page, tampered, secrets.all());
      assertNothingIn(export(page), secrets.all(), intruder.name() + "'s export");
    }
    // Staff have no participant pages (web.xml refuses them): their own pages, and their bell.
    for (TestPerson staff : List.of(facilitator, admin)) {
      Page page = signedIn(visitors, "en-CA", staff);
      List<String> pages = new ArrayList<>(staffPages);
      pages.add("/account/notifications.xhtml?id=" + ana.id());
      pages.add("/my/index.xhtml?id=" + ana.id());
      sweep(visitors, page, pages, secrets.all());
      assertNothingIn(export(page), secrets.all(), staff.name() + "'s export");
    }

    // Once Ben answers, the shared answer is his to read, and still nobody else's.
    ben.navigate(visitors.url(SHARED));
    ben.locator("#answer\\:text").fill("Merci pour le café du matin.");
    ben.locator("#answer\\:save").click();
    assertThat(ben.locator("#reveal-partner")).containsText(secrets.shared());
    Page eli = signedIn(visitors, "fr-CA", sameCohort);
    sweep(visitors, eli, tampered, secrets.all());
  }

  private static void writeEverything(Visitors visitors, Page ana, Secrets secrets) {
    ana.navigate(visitors.url(SHARED));
    saveAnswer(ana, secrets.shared());
    ana.navigate(visitors.url(PRIVATE));
    saveAnswer(ana, secrets.privateAnswer());

    ana.navigate(visitors.url("/my/closeness.xhtml"));
    ana.locator("label[for='rating-6']").click();
    ana.locator("#checkin\\:note").fill(secrets.checkIn());
    ana.locator("#checkin\\:save").click();
    assertThat(ana.locator("#checkin\\:messages")).containsText("Your check-in is saved.");

    ana.navigate(visitors.url("/my/bids.xhtml"));
    ana.locator("#bid\\:note").fill(secrets.bid());
    ana.locator("#bid\\:log").click();
    assertThat(ana.locator("#my-bids")).containsText(secrets.bid());

    ana.navigate(visitors.url("/my/repairs.xhtml"));
    pick(ana, "In my own words");
    pick(ana, "It helped");
    ana.locator("#repair\\:words").fill(secrets.repair());
    ana.locator("#repair\\:log").click();
    assertThat(ana.locator("#my-repairs")).containsText(secrets.repair());

    ana.navigate(visitors.url("/my/appreciations.xhtml"));
    ana.locator("#notes\\:text").fill(secrets.note());
    ana.locator("#notes\\:send").click();
    assertThat(ana.locator("main")).containsText(secrets.note());
  }

  private static void saveAnswer(Page page, String text) {
    page.locator("#answer\\:text").fill(text);
    page.locator("#answer\\:save").click();
    assertThat(page.locator("#answer\\:messages")).containsText("Your answer is saved.");
  }

  private static void pick(Page page, String label) {
    page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
  }

  private static Page signedIn(Visitors visitors, String locale, TestPerson person) {
    Page page = visitors.open(locale);
    visitors.signIn(page, person.email(), person.password());
    return page;
  }

  /**
   * Every page's whole HTML, whatever its status (a 403 page must not leak either), as the server
   * sends it: these pages load nothing more after they open, so rendering them would add nothing.
   */
  private static void sweep(
      Visitors visitors, Page page, List<String> paths, List<String> secrets) {
    for (String path : paths) {
      String html = visitors.html(page, path);
      assertNothingIn(html, secrets, path);
      ReadableDates.assertReadable(html, path);
    }
  }

  private static void assertNothingIn(String text, List<String> secrets, String where) {
    for (String secret : secrets) {
      assertFalse(text.contains(secret), where + " shows " + secret);
    }
  }

  private static String export(Page page) throws IOException {
    page.navigate(page.url().replaceFirst("(https?://[^/]+).*", "$1/account/profile.xhtml"));
    Download download = page.waitForDownload(() -> page.locator("#mydata\\:download").click());
    return Files.readString(download.path());
  }

  /** Ana's marked sentences, one per place words are kept. */
  private record Secrets(String tag) {
    String shared() {
      return "shared-answer-" + tag;
    }

    String privateAnswer() {
      return "private-answer-" + tag;
    }

    String checkIn() {
      return "check-in-note-" + tag;
    }

    String bid() {
      return "bid-note-" + tag;
    }

    String repair() {
      return "repair-words-" + tag;
    }

    String note() {
      return "appreciation-" + tag;
    }

    List<String> all() {
      return List.of(shared(), privateAnswer(), checkIn(), bid(), repair(), note());
    }

    List<String> allButTheNote() {
      return all().stream().filter(secret -> !secret.equals(note())).toList();
    }
  }
}
