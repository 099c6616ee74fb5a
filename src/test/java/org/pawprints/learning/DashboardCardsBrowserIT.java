package org.pawprints.learning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13: after part of a module, its card says "Continue", the others "Start", and it shows how
 * far: screens read, exercises done, quiz passed (not only "0 of 7 modules complete").
 */
@BrowserTest
class DashboardCardsBrowserIT {

  private static final String ANSWER =
      "{\"text\":\"Could we talk after dinner?\",\"picked\":[],\"custom\":\"\",\"day\":\"\","
          + "\"time\":\"\",\"frequency\":\"\"}";

  /**
   * Part of "gentle start-up", as if done on its screens: read up to screen 7 of 9, two of its
   * three exercises marked done, its quiz passed (and a draft of the third, which does not count).
   */
  private static void partOfGentleStartUp(Visitors visitors, TestPerson person) {
    TestPeople people = visitors.people();
    long id = person.id();
    people.execute(
        "INSERT INTO module_progress (person_id, step_slug, last_location, started_at, visited_at,"
            + " furthest_screen) VALUES (?, 'gentle-start-up', 'e-what-helps-me-listen',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 7)",
        id);
    String[] exercises = {"rewrite-the-kitchen", "rewrite-the-phone", "what-helps-me-listen"};
    for (int i = 0; i < exercises.length; i++) {
      boolean done = i < 2;
      people.execute(
          "INSERT INTO answer (id, person_id, step_slug, exercise_id, content, done_content,"
              + " done_at, created_at, updated_at) VALUES (?, ?, 'gentle-start-up', ?, ?, ?, "
              + (done ? "CURRENT_TIMESTAMP" : "NULL")
              + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
          900_000_000L + id * 10 + i,
          id,
          exercises[i],
          ANSWER,
          done ? ANSWER : null);
    }
    people.execute(
        "INSERT INTO quiz_attempt (id, person_id, step_slug, shuffle_seed, started_at, finished_at,"
            + " question_count, correct_count, pass_percent, passed) VALUES (?, ?,"
            + " 'gentle-start-up', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 5, 5, 80, TRUE)",
        900_000_000L + id,
        id);
  }

  @Test
  void aModuleUnderWayShowsScreensExercisesAndQuiz(Visitors visitors) {
    TestPerson ada = visitors.people().participant("ada", "en");
    partOfGentleStartUp(visitors, ada);
    Page page = visitors.open("en-CA");
    visitors.signIn(page, ada.email(), ada.password(), "/my/index.xhtml");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Screens read: 7 of 9");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Exercises done: 2 of 3");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Quiz passed");
    assertThat(page.locator("#action-gentle-start-up")).hasText("Continue");
    // A module not begun shows no counts at all, rather than a row of zeros.
    assertThat(page.locator("#counts-appreciation")).hasCount(0);
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "dashboard-counts-en");
  }

  @Test
  void enFrançaisUnModuleEnCoursMontreÉcransExercicesEtQuiz(Visitors visitors) {
    TestPerson eve = visitors.people().participant("eve", "fr");
    partOfGentleStartUp(visitors, eve);
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, eve.email(), eve.password(), "/my/index.xhtml");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Écrans lus : 7 sur 9");
    assertThat(page.locator("#counts-gentle-start-up"))
        .containsText("Exercices terminés : 2 sur 3");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Quiz réussi");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "dashboard-counts-fr");
  }

  @Test
  void afterPartOfAModuleItsCardSaysContinue(Visitors visitors) {
    TestPerson sam = visitors.people().participant("sam", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, sam.email(), sam.password());
    assertThat(page.locator("#action-gentle-start-up")).hasText("Start");
    page.locator("#module-gentle-start-up").click();
    assertThat(page.locator("#place")).hasText("Screen 1 of 9");
    new ModulePages(page).next();
    page.navigate(visitors.url("/my/index.xhtml"));
    assertThat(page.locator("#action-gentle-start-up")).hasText("Continue");
    assertThat(page.locator("#state-gentle-start-up")).hasText("In progress");
    // Next took the person to screen 2: that much is read, nothing done yet.
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Screens read: 2 of 9");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Exercises done: 0 of 3");
    assertThat(page.locator("#counts-gentle-start-up")).containsText("Quiz not passed yet");
    assertThat(page.locator("#action-appreciation")).hasText("Start");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void enFrançaisLaCarteDitContinuer(Visitors visitors) {
    TestPerson lou = visitors.people().participant("lou", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, lou.email(), lou.password());
    assertThat(page.locator("#action-repair")).hasText("Commencer");
    page.locator("#module-repair").click();
    new ModulePages(page).next();
    page.navigate(visitors.url("/my/index.xhtml"));
    assertThat(page.locator("#action-repair")).hasText("Continuer");
    Accessibility.assertNoSeriousViolations(page);
  }
}
