package org.pawprints.outcomes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.SoloCohort;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Did it help? Two partners answer the start questionnaire privately, in English and in French; a
 * facilitator reads the cohort's outcomes in both languages and downloads them as CSV; a
 * participant and another cohort's facilitator are refused.
 */
@BrowserTest
class OutcomesBrowserIT {

  private static final String QUESTIONS = "/my/outcomes.xhtml";

  @Test
  void eachPartnerAnswersTheStartQuestionsPrivately(Visitors visitors) {
    Couple couple = visitors.people().couple("mia", "en", "jules", "fr");
    Page mia = visitors.open("en-CA");
    visitors.signIn(mia, couple.first().email(), couple.first().password());
    assertThat(mia.locator("#outcomes-card")).containsText("Your partner never sees your answers");
    mia.locator("#outcomes-card-link").click();
    visitors.screenshot(mia, "outcomes-questions-en");
    assertThat(mia.locator("#outcomes-heading")).hasText("A few questions about the two of you");
    assertThat(mia.locator("#outcomes-notice")).containsText("not a validated clinical instrument");
    assertThat(mia.locator("fieldset.pp-outcomes-scale")).hasCount(7);
    Accessibility.assertNoSeriousViolations(mia);

    // Saved with one sentence left out: a message, and the choices made are still chosen.
    for (int q = 1; q <= 7; q++) {
      if (q != 3) {
        mia.locator("label[for='item-" + q + "-4']").click();
      }
    }
    mia.locator("#questions\\:save").click();
    assertThat(mia.locator("#questions\\:messages")).containsText("Please answer sentence 3");
    assertThat(mia.locator("#item-1-4")).isChecked();
    mia.locator("label[for='item-3-5']").click();
    mia.locator("#questions\\:save").click();
    assertThat(mia.locator("#done-messages")).containsText("Thank you. Your answers are saved");
    visitors.screenshot(mia, "outcomes-answered-en");
    mia.navigate(visitors.url("/my/index.xhtml"));
    assertThat(mia.locator("#home-heading")).isVisible();
    assertThat(mia.locator("#outcomes-card")).hasCount(0);

    // Jules, in French, still has the questions to answer: nothing says whether Mia did.
    Page jules = visitors.open("fr-CA");
    visitors.signIn(jules, couple.second().email(), couple.second().password(), QUESTIONS);
    assertThat(jules.locator("#outcomes-heading")).hasText("Quelques questions sur vous deux");
    assertThat(jules.locator("#outcomes-private")).containsText("ni même si vous avez répondu");
    for (int q = 1; q <= 7; q++) {
      jules.locator("label[for='item-" + q + "-2']").click();
    }
    jules.locator("#questions\\:save").click();
    assertThat(jules.locator("#done-messages"))
        .containsText("Merci. Vos réponses sont enregistrées");
    Accessibility.assertNoSeriousViolations(jules);
    visitors.screenshot(jules, "outcomes-answered-fr");
    assertEquals(
        "2",
        visitors
            .people()
            .queryOne(
                "SELECT COUNT(*) FROM outcome_response WHERE wave = 'START' AND cohort_id = "
                    + couple.cohortId()));
  }

  @Test
  void aFacilitatorReadsTheOutcomesAndDownloadsThemAndOthersAreRefused(Visitors visitors)
      throws Exception {
    TestPeople people = visitors.people();
    SoloCohort cohort = people.soloParticipants("ana", "en", "ben", "fr", "cal", "en", "dee", "fr");
    long id = cohort.cohortId();
    people.execute("UPDATE cohort SET smallest_group = 3 WHERE id = ?", id);
    int[] start = {2, 3, 3, 4};
    int[] end = {3, 4, 3, 5};
    for (int i = 0; i < 4; i++) {
      answered(people, id * 10 + i, cohort.person(i), id, "START", start[i]);
      answered(people, id * 10 + 4 + i, cohort.person(i), id, "END", end[i]);
    }
    TestPerson fran = people.facilitatorOf(id, "fran", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, fran.email(), fran.password(), "/facilitate/cohort.xhtml?id=" + id);
    page.locator("#outcomes-link").click();
    assertThat(page.locator("#outcomes-title")).hasText("Did it help? Outcomes");
    assertThat(page.locator("#rates tr[data-wave='START'] .pp-rate-count")).hasText("4 of 4");
    assertThat(page.locator("#rates tr[data-wave='FOLLOW_UP'] .pp-rate-percent")).hasText("0 %");
    assertThat(page.locator("#changes-1 tr[data-change='START_TO_END'] .pp-change-n")).hasText("4");
    assertThat(page.locator("#changes-1 tr[data-change='START_TO_END'] .pp-change-mean"))
        .hasText("+0.75");
    assertThat(page.locator("#changes-1 tr[data-change='START_TO_END'] .pp-change-sd"))
        .hasText("0.50");
    assertThat(page.locator("#changes-1 tr[data-change='START_TO_END'] .pp-change-rose"))
        .hasText("75 % (3 of 4)");
    assertThat(page.locator("#changes-1 tr[data-change='START_TO_FOLLOW_UP'] .pp-change-withheld"))
        .containsText("Fewer than 3 people answered both times");
    assertThat(page.locator("#chart-1 rect")).hasCount(1);
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "outcomes-report-en");

    Download download = page.waitForDownload(() -> page.locator("#download-csv").click());
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertTrue(csv.contains("responses,START,,percent,100"), csv);
    assertTrue(csv.contains("change,START_TO_END,1,meanChange,0.75"), csv);
    assertTrue(csv.contains("change,START_TO_END,1,standardDeviation,0.50"), csv);
    assertTrue(csv.contains("change,START_TO_END,1,percentRose,75"), csv);
    assertTrue(csv.contains("change,START_TO_FOLLOW_UP,1,withheld,fewerThanSmallestGroup"), csv);

    // A second facilitator reads the same figures in French.
    TestPerson lea = people.facilitatorOf(id, "lea", "fr");
    Page french = visitors.open("fr-CA");
    visitors.signIn(french, lea.email(), lea.password(), "/facilitate/outcomes.xhtml?cohort=" + id);
    assertThat(french.locator("#outcomes-title")).hasText("Est-ce que ça aide ? Résultats");
    assertThat(french.locator("#changes-1 tr[data-change='START_TO_END'] .pp-change-mean"))
        .hasText("+0,75");
    assertThat(french.locator("#changes-1 tr[data-change='START_TO_END'] th"))
        .hasText("Du début à la fin");
    Accessibility.assertNoSeriousViolations(french);
    visitors.screenshot(french, "outcomes-report-fr");

    // A participant of the cohort, and a facilitator of another one, are refused.
    Page ana = visitors.open("en-CA");
    visitors.signInWithoutOpening(ana, cohort.person(0).email(), cohort.person(0).password());
    assertEquals(
        403, ana.navigate(visitors.url("/facilitate/outcomes.xhtml?cohort=" + id)).status());
    TestPerson stranger =
        people.facilitatorOf(people.soloParticipants("eve", "en").cohortId(), "gil", "en");
    Page gil = visitors.open("en-CA");
    visitors.signInWithoutOpening(gil, stranger.email(), stranger.password());
    assertEquals(
        403, gil.navigate(visitors.url("/facilitate/outcomes.xhtml?cohort=" + id)).status());
    assertEquals(
        403,
        gil.navigate(visitors.url("/facilitate/outcomes.xhtml?cohort=" + id + "&format=csv"))
            .status());
  }

  @Test
  void theMailedFollowUpLinkLeadsThroughSignInAndWorksOnceForItsOwner(Visitors visitors)
      throws Exception {
    TestPeople people = visitors.people();
    SoloCohort cohort = people.soloParticipants("noor", "en", "omar", "en");
    long id = cohort.cohortId();
    people.execute(
        "UPDATE cohort SET starts_on = DATEADD('DAY', -150, CURRENT_DATE), ends_on = DATEADD('DAY', -95, CURRENT_DATE) WHERE id = ?",
        id);
    String secret = "followup-" + id + "-abcdefghijklmnopqrstuvwxyz0123456789";
    people.execute(
        "INSERT INTO outcome_follow_up_link (id, token_hash, person_id, cohort_id, created_at,"
            + " expires_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, DATEADD('DAY', 30, CURRENT_TIMESTAMP))",
        id,
        OneTimeTokens.hash(secret),
        cohort.person(0).id(),
        id);
    String link = QUESTIONS + "?token=" + secret;

    // Omar, signed in, opens Noor's link: it reads like any link that does not work.
    Page omar = visitors.open("en-CA");
    visitors.signIn(omar, cohort.person(1).email(), cohort.person(1).password(), link);
    assertThat(omar.locator("#outcomes-none")).containsText("sent to another account");
    assertThat(omar.locator("fieldset")).hasCount(0);

    // Noor opens it signed out: the sign-in page, then straight back to her questions.
    Page noor = visitors.open("en-CA");
    noor.navigate(visitors.url(link));
    noor.locator("#login\\:email").fill(cohort.person(0).email());
    noor.locator("#login\\:password").fill(cohort.person(0).password());
    noor.locator("#login\\:submit").click();
    assertThat(noor.locator("#outcomes-intro")).containsText("A few months after the workshop");
    for (int q = 1; q <= 7; q++) {
      noor.locator("label[for='item-" + q + "-5']").click();
    }
    noor.locator("#questions\\:save").click();
    assertThat(noor.locator("#done-messages")).containsText("Thank you");
    noor.navigate(visitors.url(link));
    assertThat(noor.locator("#outcomes-none"))
        .hasText("You already answered these questions. Thank you!");
    Accessibility.assertNoSeriousViolations(noor);
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM outcome_response WHERE wave = 'FOLLOW_UP' AND cohort_id = "
                + id));
  }

  @Test
  void anAdministratorSavesTheQuestionsAsANewVersionAndAHalfWrittenOneIsRefused(Visitors visitors) {
    TestPerson admin = visitors.admin().person();
    Page page = visitors.open("en-CA");
    visitors.signIn(page, admin.email(), admin.password(), "/admin/index.xhtml");
    page.locator("#outcome-questions-link").click();
    assertThat(page.locator("#items-heading")).hasText("Closeness questions");
    assertThat(page.locator("#items\\:statements\\:6\\:reverse")).isChecked();
    Accessibility.assertNoSeriousViolations(page);
    int versionsBefore = page.locator("#versions tbody tr").count();

    // A statement in English only: refused, and what was typed is still there.
    String french = page.locator("#items\\:statements\\:1\\:fr").inputValue();
    page.locator("#items\\:statements\\:1\\:en").fill("We make time for each other.");
    page.locator("#items\\:statements\\:1\\:fr").fill("");
    page.locator("#items\\:save").click();
    assertThat(page.locator("#items\\:messages"))
        .containsText("Statement 2 needs both its English and its French text.");
    assertThat(page.locator("#items\\:statements\\:1\\:en"))
        .hasValue("We make time for each other.");
    assertThat(page.locator("#versions tbody tr")).hasCount(versionsBefore);

    // The same statements as before, saved as a new version (the other tests' questions stay
    // alike).
    page.locator("#items\\:statements\\:1\\:fr").fill(french);
    page.locator("#items\\:statements\\:1\\:en")
        .fill("When my partner reaches out, even in a small way, I take a moment to respond.");
    page.locator("#items\\:save").click();
    assertThat(page.locator("#items\\:messages"))
        .containsText("is saved and will be given from now on");
    assertThat(page.locator("#versions tbody tr")).hasCount(versionsBefore + 1);
    visitors.screenshot(page, "outcome-questions-en");
  }

  @Test
  void aFrenchAdministratorIsToldWhatToFixLosesNothingAndOthersAreRefused(Visitors visitors) {
    TestPerson adele = visitors.people().create("adele", "fr", "ADMIN");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, adele.email(), adele.password(), "/admin/index.xhtml");
    page.locator("#outcome-questions-link").click();
    assertThat(page.locator("#items-heading")).hasText("Questions de proximité");
    Accessibility.assertNoSeriousViolations(page);
    int versionsBefore = page.locator("#versions tbody tr").count();
    String nameFr = page.locator("#items\\:name-fr").inputValue();
    String first = page.locator("#items\\:statements\\:0\\:en").inputValue();

    // A missing name: refused in French; what she typed elsewhere stays.
    page.locator("#items\\:name-fr").fill("");
    page.locator("#items\\:statements\\:0\\:en").fill("Edited, not lost.");
    page.locator("#items\\:save").click();
    assertThat(page.locator("#items\\:messages"))
        .containsText("Veuillez remplir le nom, l’avis et les mots des deux bouts de l’échelle");
    assertThat(page.locator("#items\\:statements\\:0\\:en")).hasValue("Edited, not lost.");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "outcome-questions-refused-fr");
    page.locator("#items\\:name-fr").fill(nameFr);
    page.locator("#items\\:statements\\:0\\:en").fill(first);

    // A statement over 300 characters (past the box's own limit, as a forged form would be).
    page.locator("#items\\:statements\\:2\\:fr").evaluate("box => box.value = 'x'.repeat(301)");
    page.locator("#items\\:save").click();
    assertThat(page.locator("#items\\:messages")).containsText("L’énoncé 3 est trop long");
    assertThat(page.locator("#versions tbody tr")).hasCount(versionsBefore);

    // "Add a statement" gives an empty row; left empty, it is dropped on saving.
    page.navigate(visitors.url("/admin/outcome-questions.xhtml"));
    int rows = page.locator("#items fieldset").count();
    page.locator("#items\\:add").click();
    assertThat(page.locator("#items fieldset")).hasCount(rows + 1);
    page.locator("#items\\:save").click();
    assertThat(page.locator("#items\\:messages"))
        .containsText("est enregistrée et sera utilisée dès maintenant.");
    assertThat(page.locator("#versions tbody tr")).hasCount(versionsBefore + 1);
    assertThat(page.locator("#items fieldset")).hasCount(rows);

    // Only administrators: a facilitator and a participant are refused.
    Page fran = visitors.open("fr-CA");
    TestPerson facilitator = visitors.people().create("fanny", "fr", "FACILITATOR");
    visitors.signInWithoutOpening(fran, facilitator.email(), facilitator.password());
    assertEquals(403, fran.navigate(visitors.url("/admin/outcome-questions.xhtml")).status());
    Page pat = visitors.open("fr-CA");
    TestPerson participant = visitors.people().participant("pascale", "fr");
    visitors.signInWithoutOpening(pat, participant.email(), participant.password());
    assertEquals(403, pat.navigate(visitors.url("/admin/outcome-questions.xhtml")).status());
  }

  /** A seeded answer with the shipped questions, giving exactly this score. */
  private static void answered(
      TestPeople people, long responseId, TestPerson who, long cohortId, String wave, int score) {
    people.execute(
        "INSERT INTO outcome_response (id, person_id, cohort_id, wave, item_set_id, answered_at)"
            + " VALUES (?, ?, ?, ?, 1, CURRENT_TIMESTAMP)",
        responseId,
        who.id(),
        cohortId,
        wave);
    for (int position = 0; position < 7; position++) {
      // The seventh statement is reverse-scored on the 5-point scale.
      people.execute(
          "INSERT INTO outcome_answer (response_id, position, answer) VALUES (?, ?, ?)",
          responseId,
          position,
          position == 6 ? 6 - score : score);
    }
  }
}
