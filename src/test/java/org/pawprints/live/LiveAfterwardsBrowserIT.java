package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.SeededLiveSession;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A live session afterwards, in real browsers: the facilitator's summary (threshold, approved open
 * answers only, notes) and its CSV with a formula kept as text; pacing from the control view
 * reaching the practice hub at once (English and French); a participant's own answers; an
 * administrator running the live pages, in French; a participant refused the summary.
 */
@BrowserTest
class LiveAfterwardsBrowserIT {

  @Test
  void theSummaryPacingAndMyOwnAnswers(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("noor", "en", "lou", "fr");
    long cohort = couple.cohortId();
    people.execute("UPDATE cohort SET pacing = 'FACILITATOR_PACED' WHERE id = ?", cohort);
    TestPerson fran = people.facilitatorOf(cohort, "fran", "en");
    TestPerson[] others = {
      people.participantIn(cohort, "sam", "en"),
      people.participantIn(cohort, "rue", "en"),
      people.participantIn(cohort, "kai", "en")
    };
    long session = 810_000_000L + couple.first().id();
    seedEndedSession(people, cohort, session, couple, others);

    Page summary = signedIn(visitors, "en-CA", fran);
    summary.navigate(visitors.url("/facilitate/live-summary.xhtml?session=" + session));
    assertThat(summary.locator("#attendance-heading")).hasText("Who came (5)");
    assertThat(summary.locator("#couples-came")).containsText("Noor");
    assertThat(summary.locator("#activity-0")).containsText("5 answered");
    assertThat(summary.locator("#activity-0 table")).containsText("Busy");
    assertThat(summary.locator("#activity-1")).containsText("=1+1");
    assertThat(summary.locator("#activity-1")).not().containsText("secret");
    assertThat(summary.locator("#activity-2")).containsText("Fewer than 5 answered");
    Accessibility.assertNoSeriousViolations(summary);
    visitors.screenshot(summary, "live-summary");

    APIResponse csv =
        summary
            .request()
            .get(visitors.url("/facilitate/live-summary.xhtml?session=" + session + "&format=csv"));
    assertEquals(200, csv.status());
    assertTrue(csv.headers().get("content-type").startsWith("text/csv"));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains("'=1+1"), text);
    assertFalse(text.contains("secret"), text);
    assertTrue(text.contains("Breathe first."), "the private notes are in the file");

    // Pacing from the control view: open "repair" and send it; both partners see it at once.
    Page control = summary;
    control.navigate(visitors.url("/facilitate/live-control.xhtml?session=" + session));
    control.locator("#pacing\\:practice-step").selectOption("repair");
    control.locator("#pacing\\:practice-note").fill("One repair attempt a day.");
    control.locator("#pacing\\:practice-send-button").click();
    assertThat(control.locator("#pacing\\:practice-messages")).containsText("Sent.");
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM cohort_opened_step WHERE cohort_id = "
                + cohort
                + " AND step_slug = 'repair'"));
    Accessibility.assertNoSeriousViolations(control);
    visitors.screenshot(control, "live-control-practice");

    Page noor = signedIn(visitors, "en-CA", couple.first());
    noor.navigate(visitors.url("/my/practice.xhtml"));
    assertThat(noor.locator("#this-week-repair")).containsText("This week’s practice");
    assertThat(noor.locator("#this-week-repair")).containsText("One repair attempt a day.");
    noor.locator("#this-week-link-repair").click();
    assertThat(noor).hasURL(java.util.regex.Pattern.compile(".*module\\.xhtml\\?step=repair.*"));
    noor.navigate(visitors.url("/my/index.xhtml"));
    noor.locator("#my-live-sessions").click();
    assertThat(noor.locator("#session-" + session)).containsText("Busy");
    assertThat(noor.locator("#session-" + session)).containsText("patience");
    assertThat(noor.locator("#session-" + session)).not().containsText("secret");
    Accessibility.assertNoSeriousViolations(noor);
    visitors.screenshot(noor, "my-live-sessions");

    Page lou = signedIn(visitors, "fr-CA", couple.second());
    lou.navigate(visitors.url("/my/practice.xhtml"));
    assertThat(lou.locator("#this-week-repair")).containsText("La pratique de la semaine");
    Accessibility.assertNoSeriousViolations(lou);
    lou.navigate(visitors.url("/my/live-sessions.xhtml"));
    assertThat(lou.locator("#mine-heading")).hasText("Mes séances en direct");
    assertThat(lou.locator("#session-" + session)).containsText("secret");
    assertThat(lou.locator("#session-" + session)).not().containsText("patience");
    Accessibility.assertNoSeriousViolations(lou);
    visitors.screenshot(lou, "my-live-sessions-fr");

    // A participant asking for the summary is refused.
    assertEquals(
        403,
        noor.navigate(visitors.url("/facilitate/live-summary.xhtml?session=" + session)).status());
  }

  @Test
  void anAdministratorRunsTheLivePagesInFrench(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("ines", "fr", "theo", "fr");
    long cohort = couple.cohortId();
    TestPerson[] others = {
      people.participantIn(cohort, "jo", "fr"),
      people.participantIn(cohort, "max", "fr"),
      people.participantIn(cohort, "val", "fr")
    };
    long session = 820_000_000L + couple.first().id();
    seedEndedSession(people, cohort, session, couple, others);
    people.execute("UPDATE live_session SET state = 'RUNNING' WHERE id = ?", session);
    TestPerson ada = people.create("ada", "fr", "ADMIN");

    Page admin = signedIn(visitors, "fr-CA", ada);
    admin.navigate(visitors.url("/facilitate/live-control.xhtml?session=" + session));
    assertThat(admin.locator("#session-state")).hasText("En cours");
    admin.locator("#control\\:back").click();
    assertThat(admin.locator("#activity-title")).hasText("One word for tonight");
    Accessibility.assertNoSeriousViolations(admin);
    admin.navigate(visitors.url("/facilitate/live-summary.xhtml?session=" + session));
    assertThat(admin.locator("#summary-heading")).containsText("Bilan");
    assertThat(admin.locator("#attendance-heading")).hasText("Présences (5)");
    assertThat(admin.locator("#activity-2")).containsText("Moins de 5 personnes ont répondu");
    Accessibility.assertNoSeriousViolations(admin);
    visitors.screenshot(admin, "live-summary-fr-admin");
    // An administrator reaches the sessions list from the cohort's own admin page.
    admin.navigate(visitors.url("/admin/cohort.xhtml?id=" + cohort));
    admin.locator("#live-sessions-link").click();
    assertThat(admin.locator("#sessions-heading")).hasText("Séances en direct");
  }

  private static Page signedIn(Visitors visitors, String locale, TestPerson person) {
    return visitors.signIn(visitors.open(locale), person.email(), person.password());
  }

  /**
   * A session that ran: a poll five answered, an open question (one answer approved and looking
   * like a formula, one hidden, three waiting), a check-in only two answered. All five came.
   */
  private static void seedEndedSession(
      TestPeople people, long cohort, long session, Couple couple, TestPerson[] others) {
    SeededLiveSession.planned(session, cohort, "Softer beginnings", "AF" + (session % 100_000))
        .ended(9, 2)
        .activity("POLL", "How was your week?")
        .choice("SINGLE")
        .options("Calm\nBusy\nBoth")
        .notes("Breathe first.")
        .activity("OPEN_QUESTION", "One word for tonight")
        .display("LIST")
        .notes("Breathe first.")
        .activity("CHECK_IN", "How are you now?")
        .notes("Breathe first.")
        .insertInto(people);
    long[] five = {
      couple.first().id(), couple.second().id(), others[0].id(), others[1].id(), others[2].id()
    };
    String[] open = {"patience", "secret", "=1+1", "tea", "calm"};
    String[] moderation = {"PENDING", "HIDDEN", "APPROVED", "PENDING", "PENDING"};
    for (int i = 0; i < five.length; i++) {
      people.execute(
          "INSERT INTO live_presence (id, session_id, person_id, joined_at, last_seen) VALUES (?,"
              + " ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
          session * 10 + i,
          session,
          five[i]);
      answer(people, session * 100 + i, session * 10, five[i], i == 0 ? "1" : "0", "PENDING");
      answer(people, session * 100 + 10 + i, session * 10 + 1, five[i], open[i], moderation[i]);
      if (i < 2) {
        answer(people, session * 100 + 20 + i, session * 10 + 2, five[i], "7", "PENDING");
      }
    }
  }

  private static void answer(
      TestPeople people, long id, long activity, long person, String content, String moderation) {
    people.execute(
        "INSERT INTO live_answer (id, activity_id, person_id, content, moderation, answered_at)"
            + " VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
        id,
        activity,
        person,
        content,
        moderation);
  }
}
