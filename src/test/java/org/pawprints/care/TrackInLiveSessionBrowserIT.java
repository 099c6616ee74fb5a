package org.pawprints.care;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.SeededLiveSession;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 15 in a live session: a person on the individual track does the live couple exercise on
 * their own, and their partner's live view reads exactly as if the person had simply not started:
 * no word of theirs, no "your partner is done", no other wording.
 */
@BrowserTest
class TrackInLiveSessionBrowserIT {

  private static final String RENE_WORDS = "Un geste que j’ai manqué ce matin";

  @Test
  void onTheTrackTheExerciseIsSoloAndThePartnersLiveViewLooksOrdinary(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("rene", "fr", "sam", "en");
    long cohort = couple.cohortId();
    TestPerson fran = people.facilitatorOf(cohort, "fran", "en");
    long session = 820_000_000L + couple.first().id();
    seedSession(people, cohort, session);

    // René chooses to do the modules on his own for now, from his partner page.
    Page rene = signedIn(visitors, "fr-CA", couple.first());
    rene.navigate(visitors.url("/my/partner.xhtml"));
    rene.locator("#track-form\\:track-own").click();
    assertThat(rene.locator("#track-form\\:track-messages")).containsText("C’est fait.");

    Page control = signedIn(visitors, "en-CA", fran);
    control.navigate(visitors.url("/facilitate/live-control.xhtml?session=" + session));
    control.locator("#control\\:lobby").click();
    Page sam = signedIn(visitors, "en-CA", couple.second());
    sam.navigate(visitors.url("/my/live.xhtml?session=" + session));
    assertThat(sam.locator("#couple-care")).containsText("Just for the two of you");
    // Sam's page shows the lobby open: René arrives now, not early.
    rene.navigate(visitors.url("/my/live.xhtml?session=" + session));
    assertThat(rene.locator("#couple-care")).containsText("Juste pour vous");
    assertThat(rene.locator("#couple-care")).not().containsText("Juste pour vous deux");

    control.locator("#control\\:start").click();
    assertThat(sam.locator("#activity-title")).hasText("A bid you missed");
    assertThat(sam.locator("#partner-status")).hasText("Your partner has not started yet.");
    assertThat(sam.locator("#exercise-heading")).hasText("Your answer, just for the two of you");
    String before = ordinary(sam);

    // René writes and finishes on his own: a solo exercise, no partner line.
    assertThat(rene.locator("#activity-title")).hasText("A bid you missed");
    assertThat(rene.locator("#exercise-heading")).hasText("Votre réponse, juste pour vous");
    rene.locator("#exercise\\:exercise-text").fill(RENE_WORDS);
    rene.locator("#exercise\\:exercise-done").click();
    assertThat(rene.locator("#my-answer")).hasText(RENE_WORDS);
    assertThat(rene.locator("#partner-status")).hasCount(0);
    Accessibility.assertNoSeriousViolations(rene);
    visitors.screenshot(rene, "live-solo-on-track-fr");

    // Sam's view, freshly drawn: word for word what it was (the timer aside).
    sam.reload();
    assertThat(sam.locator("#partner-status")).hasText("Your partner has not started yet.");
    assertEquals(before, ordinary(sam));
    assertFalse(sam.content().contains(RENE_WORDS));
    Accessibility.assertNoSeriousViolations(sam);
    visitors.screenshot(sam, "live-partner-ordinary-en");

    // Sam finishes too: nothing is revealed, and the wait reads as an ordinary one.
    sam.locator("#exercise\\:exercise-text").fill("When you asked about my day");
    sam.locator("#exercise\\:exercise-done").click();
    assertThat(sam.locator("#my-answer")).hasText("When you asked about my day");
    assertThat(sam.locator("#partner-status")).hasText("Your partner has not started yet.");
    assertThat(sam.locator("#partner-answer")).hasCount(0);
    assertFalse(sam.content().contains(RENE_WORDS));
  }

  /** What the person reads, without the running timer's digits. */
  private static String ordinary(Page page) {
    return page.locator("main").innerText().replaceAll("\\d+:\\d\\d", "m:ss");
  }

  private static Page signedIn(Visitors visitors, String locale, TestPerson person) {
    return visitors.signIn(visitors.open(locale), person.email(), person.password());
  }

  /** A scheduled session with one couple exercise. */
  private static void seedSession(TestPeople people, long cohort, long session) {
    SeededLiveSession.planned(session, cohort, "Turning toward", "LT" + (session % 10_000 + 10_000))
        .activity("COUPLE_EXERCISE", "A bid you missed")
        .body("Write one bid you missed this week.")
        .notes("Breathe first.")
        .minutes(10)
        .insertInto(people);
  }
}
