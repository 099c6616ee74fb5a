package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Menus;
import org.pawprints.testing.browser.SeededLiveSession;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Couple activities in real browsers: a couple (Noor in English, Lou in French, each in their own
 * browser) and their facilitator. The couple exercise's words stay inside the couple (the
 * facilitator's screen shows counts), the reveal happens once both are done, words reach the
 * presenter only with both partners' consent to the preview; the floor passes on a tap; a pause
 * shows on both phones and as a number to the facilitator; a helper call shows its label only.
 */
@BrowserTest
class LiveCouplesBrowserIT {

  private static final String NOOR_WORDS = "I missed your wave at breakfast";
  private static final String LOU_WORDS = "J’ai manqué ton message de midi";

  @Test
  void aCoupleWorksPrivatelyAndChoosesWhatTheRoomSees(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("noor", "en", "lou", "fr");
    long cohort = couple.cohortId();
    TestPerson fran = people.facilitatorOf(cohort, "fran", "en");
    long session = 810_000_000L + couple.first().id();
    seedSession(people, cohort, session);

    Page control = signedIn(visitors, "en-CA", fran);
    control.navigate(visitors.url("/facilitate/live-control.xhtml?session=" + session));
    control.locator("#control\\:lobby").click();
    // The lobby's answer re-renders the buttons: act on the page only once it is applied.
    assertThat(control.locator("#session-state")).hasText("Open for joining");
    Page presenter = signedIn(visitors, "en-CA", fran);
    presenter.navigate(visitors.url("/facilitate/live-presenter.xhtml?session=" + session));
    Page noor = signedIn(visitors, "en-CA", couple.first());
    noor.navigate(visitors.url("/my/live.xhtml?session=" + session));
    Page lou = signedIn(visitors, "fr-CA", couple.second());
    lou.navigate(visitors.url("/my/live.xhtml?session=" + session));
    assertThat(lou.locator("#couple-care")).containsText("Juste pour vous deux");

    // The couple exercise: each writes privately; the facilitator sees counts only.
    control.locator("#control\\:start").click();
    assertThat(noor.locator("#activity-title")).hasText("A bid you missed");
    assertThat(noor.locator("#timer")).isVisible();
    noor.locator("#exercise\\:exercise-text").fill(NOOR_WORDS);
    noor.locator("#exercise\\:exercise-save").click();
    // Save says so on Noor's screen (it said nothing before session 6's trial); waiting for it
    // also lets the response land before her next tap.
    assertThat(noor.locator("#exercise-saved"))
        .hasText("Your draft is saved. Only you see it for now.");
    assertThat(control.locator("#exercise-counts")).containsText("Writing: 1");
    noor.locator("#exercise\\:exercise-done").click();
    assertThat(noor.locator("#my-answer")).hasText(NOOR_WORDS);
    assertThat(lou.locator("#partner-status")).containsText("Votre partenaire a terminé");
    assertFalse(lou.content().contains(NOOR_WORDS), "not before Lou is done");
    Accessibility.assertNoSeriousViolations(lou);
    lou.locator("#exercise\\:exercise-text").fill(LOU_WORDS);
    lou.locator("#exercise\\:exercise-save").click();
    assertThat(lou.locator("#exercise-saved"))
        .hasText("Votre brouillon est enregistré. Vous seul·e le voyez pour l’instant.");
    lou.locator("#exercise\\:exercise-done").click();
    assertThat(lou.locator("#partner-answer")).hasText(NOOR_WORDS);
    assertThat(noor.locator("#partner-answer")).hasText(LOU_WORDS);
    assertThat(control.locator("#exercise-counts")).containsText("Done: 1");
    assertFalse(control.content().contains(NOOR_WORDS) || control.content().contains(LOU_WORDS));
    assertFalse(presenter.content().contains(NOOR_WORDS));
    Accessibility.assertNoSeriousViolations(noor);
    visitors.screenshot(noor, "couple-exercise-revealed");

    // Sharing with the room: Noor previews and agrees; a change voids Lou's agreement.
    noor.locator("#exercise\\:share-text").fill("Small waves matter");
    noor.locator("#exercise\\:share-propose").click();
    assertThat(lou.locator("#share-preview")).hasText("Small waves matter");
    lou.locator("#exercise\\:share-consent").click();
    assertThat(noor.locator("#share-partner")).containsText("Your partner agreed");
    assertThat(control.locator("#ready-shares")).containsText("Small waves matter");
    noor.locator("#exercise\\:share-text").fill("Small waves matter to us");
    noor.locator("#exercise\\:share-propose").click();
    assertThat(lou.locator("#share-partner")).containsText("Votre partenaire a accepté");
    assertThat(lou.locator("#share-mine")).containsText("Vous n’avez pas accepté");
    assertThat(control.locator("#ready-shares")).hasCount(0);
    lou.locator("#exercise\\:share-consent").click();
    assertThat(control.locator("#ready-shares")).containsText("Small waves matter to us");
    Accessibility.assertNoSeriousViolations(control);
    visitors.screenshot(control, "control-couples");
    control.locator("#ready-shares .share-show").click();
    assertThat(presenter.locator("#couple-words")).containsText("Small waves matter to us");
    assertThat(lou.locator("#share-shown")).isVisible();
    visitors.screenshot(presenter, "presenter-couple-words");

    // The floor: Noor speaks first, then passes the floor to Lou.
    control.locator("#control\\:next").click();
    assertThat(noor.locator("#activity-title")).hasText("Speaker and listener");
    noor.locator("#floor\\:floor-first").click();
    assertThat(noor.locator("#floor-role")).hasText("You hold the floor");
    assertThat(noor.locator("#floor-prompts")).containsText("Say how you feel");
    assertThat(lou.locator("#floor-role")).hasText("Vous écoutez");
    assertThat(lou.locator("#floor-prompts")).containsText("Redites ce que vous avez entendu");
    noor.locator("#floor\\:floor-pass").click();
    assertThat(lou.locator("#floor-role")).hasText("Vous avez la parole");
    assertThat(control.locator("#floor-counts")).containsText("Turns: 2");
    Accessibility.assertNoSeriousViolations(lou);
    visitors.screenshot(lou, "floor-fr");

    // A couple pause: both phones pause; the facilitator sees a number; help is one tap away.
    lou.locator("#care\\:pause-start").click();
    assertThat(noor.locator("#couple-pause")).containsText("You are taking a pause");
    assertThat(lou.locator("#pause-return")).containsText("Retour à");
    assertThat(control.locator("#paused-count")).hasText("1 couple paused");
    Accessibility.assertNoSeriousViolations(noor);
    visitors.screenshot(noor, "couple-pause");
    Page help = noor.context().newPage();
    help.navigate(visitors.url("/my/live-help.xhtml"));
    assertThat(help.locator("#help-lines")).containsText("9-8-8");
    assertThat(help.locator("#help-lines")).containsText("1-800-563-0808");
    assertThat(help.locator("#help-lines")).containsText("1-800-363-9010");
    assertThat(help.locator("#help-lines")).containsText("ShelterSafe.ca");
    Accessibility.assertNoSeriousViolations(help);
    noor.locator("#resume\\:pause-back").click();
    // Noor's own screen back on the activity before she types: the response to her tap re-renders
    // the area, and it is not a push (live.js keeps typed words across a push's refresh only).
    assertThat(noor.locator("#couple-pause")).hasCount(0);
    assertThat(noor.locator("#care\\:helper-label")).isVisible();
    assertThat(lou.locator("#activity-title")).hasText("Speaker and listener");
    assertThat(control.locator("#paused-count")).hasText("Nobody is paused");

    // Ask for a helper: a bad label is refused, a good one reaches the facilitator alone.
    noor.locator("#care\\:helper-label").fill("<b>Table</b>");
    noor.locator("#care\\:helper-ask").click();
    assertThat(noor.locator("#messages")).containsText("letters, numbers");
    noor.locator("#care\\:helper-label").fill("Table 4");
    // A push that re-renders Noor's screen while she types keeps her words and her focus.
    noor.evaluate(
        "document.getElementById('live-root').setAttribute('data-before', 'push');"
            + " pawprintsLive.refresh();");
    assertThat(noor.locator("#live-root[data-before]")).hasCount(0);
    assertThat(noor.locator("#care\\:helper-label")).hasValue("Table 4");
    assertThat(noor.locator("#care\\:helper-label")).isFocused();
    noor.locator("#care\\:helper-ask").click();
    assertThat(lou.locator("#helper-asked")).containsText("Table 4");
    assertThat(control.locator("#helper-calls")).containsText("Table 4");
    control.locator("#helper-calls .helper-done").click();
    assertThat(noor.locator("#helper-asked")).hasCount(0);
    assertEquals(
        "0",
        people.queryOne(
            "SELECT COUNT(*) FROM live_helper_call WHERE done_at IS NULL AND session_id = "
                + session));
  }

  @Test
  void theAgendaEditorPlansACoupleExerciseAndTheFloor(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("ari", "en", "bea", "fr");
    TestPerson fran = people.facilitatorOf(couple.cohortId(), "fran", "fr");
    long session = 820_000_000L + couple.first().id();
    SeededLiveSession.planned(
            session, couple.cohortId(), "Plan", "LC" + (couple.first().id() % 10_000 + 10_000))
        .insertInto(people);
    people.execute("UPDATE cohort SET language = 'FR' WHERE id = ?", couple.cohortId());
    Page page = signedIn(visitors, "fr-CA", fran);
    page.navigate(visitors.url("/facilitate/live-agenda.xhtml?session=" + session));
    Menus.choose(page, "agenda\\:kind", "La parole");
    assertThat(page.locator("#agenda\\:speaker-prompts")).isVisible();
    page.locator("#agenda\\:title").fill("Parler et écouter");
    page.locator("#agenda\\:speaker-prompts").fill("Dites ce que vous ressentez\nUn seul sujet");
    page.locator("#agenda\\:listener-prompts").fill("Redites ce que vous avez entendu");
    page.locator("#agenda\\:save").click();
    assertThat(page.locator("#items")).containsText("Parler et écouter");
    Menus.choose(page, "agenda\\:kind", "Exercice en couple");
    Menus.choose(page, "agenda\\:shared-exercise", "1. Ce qui m’aide à t’entendre");
    assertThat(page.locator("#agenda\\:title")).hasValue("Ce qui m’aide à t’entendre");
    assertThat(page.locator("#agenda\\:body")).hasValue(Pattern.compile("Complétez cette phrase"));
    page.locator("#agenda\\:save").click();
    assertThat(page.locator("#items")).containsText("Ce qui m’aide à t’entendre");
    assertThat(page.locator("#items")).containsText("Exercice en couple");
    Accessibility.assertNoSeriousViolations(page);
    assertEquals(
        "S:Dites ce que vous ressentez\nS:Un seul sujet\nL:Redites ce que vous avez entendu",
        people.queryOne(
            "SELECT options FROM live_activity WHERE kind = 'FLOOR' AND session_id = " + session));
  }

  private static Page signedIn(Visitors visitors, String locale, TestPerson person) {
    return visitors.signIn(visitors.open(locale), person.email(), person.password());
  }

  /** A scheduled session: a couple exercise, then the floor (prompts in both languages' words). */
  private static void seedSession(TestPeople people, long cohort, long session) {
    SeededLiveSession.planned(session, cohort, "Turning toward", "LK" + (session % 10_000 + 10_000))
        .activity("COUPLE_EXERCISE", "A bid you missed")
        .body("Write one bid you missed this week.")
        .notes("Breathe first.")
        .minutes(10)
        .activity("FLOOR", "Speaker and listener")
        .body("Talk about a small wish.")
        .options("S:Say how you feel\nL:Say back what you heard · Redites ce que vous avez entendu")
        .minutes(8)
        .insertInto(people);
  }
}
