package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * What session 6's new-user trial of a live session found on the room's screens (docs/live.md
 * "New-user trial, session 6"), as the default plans write their slides and polls: a slide's
 * Markdown heading read as "## Softer beginnings" on the projector and every phone; a
 * choose-all-that-fit poll told phones to "tap your answer" above checkboxes and a Send button; the
 * activity's kind was phone-sized on a projector.
 */
@BrowserTest
class LiveTrialFindingsBrowserIT {

  @Test
  void theRoomReadsAPlansSlideAndAChooseAllThatFitPoll(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("iris", "en", "lea", "fr");
    long cohort = couple.cohortId();
    TestPerson fatima = people.facilitatorOf(cohort, "fatima", "en");
    long session = 830_000_000L + couple.first().id();
    seedSession(people, cohort, session);

    // The facilitator's home lists the session and leads to its control screen.
    Page control =
        visitors.signIn(
            visitors.open("en-CA"), fatima.email(), fatima.password(), "/facilitate/index.xhtml");
    assertThat(control.locator("#to-lead-heading")).hasText("Your live sessions");
    assertThat(control.locator("#sessions-to-lead")).containsText("Week 1");
    Accessibility.assertNoSeriousViolations(control);
    control.locator("#lead-control-" + session).click();
    assertThat(control.locator("#session-state")).hasText("Scheduled");
    TestPerson benoit = people.facilitatorOf(cohort, "benoit", "fr");
    Page benoitHome =
        visitors.signIn(
            visitors.open("fr-CA"), benoit.email(), benoit.password(), "/facilitate/index.xhtml");
    assertThat(benoitHome.locator("#to-lead-heading")).hasText("Vos séances en direct");
    assertThat(benoitHome.locator("#lead-control-" + session)).hasText("Pilotage");
    benoitHome.close();
    Page presenter =
        visitors.signIn(
            visitors.open("en-CA"),
            fatima.email(),
            fatima.password(),
            "/facilitate/live-presenter.xhtml?session=" + session);
    presenter.setViewportSize(1920, 1080);
    Page iris =
        visitors.signIn(
            visitors.open("en-CA"),
            couple.first().email(),
            couple.first().password(),
            "/my/live.xhtml?session=" + session);
    Page lea =
        visitors.signIn(
            visitors.open("fr-CA"),
            couple.second().email(),
            couple.second().password(),
            "/my/live.xhtml?session=" + session);

    // The slide: its heading is a subheading under the activity's title, on every screen.
    control.locator("#control\\:start").click();
    for (Page screen : new Page[] {presenter, iris, lea, control}) {
      assertThat(screen.locator("#activity-title")).hasText("Tonight");
      assertThat(screen.locator("#activity h3")).hasText("Softer beginnings");
      assertThat(screen.locator("#activity")).not().containsText("##");
    }
    // The kind above the title is in proportion to the projector's type.
    double kind = fontSize(presenter, "#activity .pp-live-kind");
    double text = fontSize(presenter, "#activity p:not(.pp-live-kind)");
    assertTrue(kind >= text / 2, "kind " + kind + "px beside text " + text + "px");
    Accessibility.assertNoSeriousViolations(presenter);
    visitors.screenshot(presenter, "trial-slide-presenter");

    // The poll: phones say to tick, then Send; a tick and Send answers, a second Send changes it.
    control.locator("#control\\:next").click();
    assertThat(iris.locator("#answer-state"))
        .hasText(
            "Tick all that fit, then tap “Send”. You can change it until the facilitator"
                + " closes answers.");
    assertThat(lea.locator("#answer-state"))
        .hasText(
            "Cochez tout ce qui s’applique, puis touchez «\u00a0Envoyer\u00a0». Vous pouvez changer"
                + " votre réponse jusqu’à la fermeture des réponses.");
    Accessibility.assertNoSeriousViolations(lea);
    iris.locator("#answer\\:chosen .ui-chkbox-box").nth(0).click();
    iris.locator("#answer\\:chosen .ui-chkbox-box").nth(2).click();
    iris.locator("#answer\\:send-chosen").click();
    assertThat(iris.locator("#answer-state")).containsText("Your answer is in");
    lea.locator("#answer\\:chosen .ui-chkbox-box").nth(1).click();
    lea.locator("#answer\\:send-chosen").click();
    assertThat(lea.locator("#answer-state")).containsText("Votre réponse est enregistrée");
    assertThat(control.locator("#answer-count")).containsText("2 answered");
    visitors.screenshot(lea, "trial-poll-fr");

    // The end: an open phone no longer offers to ask or upvote (both are refused once ended).
    lea.locator("#ask\\:question").fill("Et si on manque une séance?");
    lea.locator("#ask\\:send-question").click();
    assertThat(control.locator("#control-question-list")).containsText("Et si on manque");
    control.locator("#control-question-list .pp-q-approve").click();
    assertThat(iris.locator(".pp-live-upvote")).hasCount(1);
    // A push while "End the session?" is open does not redraw the area under the question
    // (answers arrive every second in a busy room): the refresh waits until it is answered.
    control.evaluate(
        "() => { const send = window.liveRefresh; window.sentUnderDialog = false;"
            + " window.liveRefresh = function (ext) {"
            + " const yes = document.getElementById('confirm:end-yes');"
            + " if (yes && yes.checkVisibility()) { window.sentUnderDialog = true; }"
            + " return send(ext); }; }");
    control.locator("#control\\:end").click();
    assertThat(control.locator("#confirm\\:end-yes")).isVisible();
    control.evaluate(
        "document.getElementById('live-root').setAttribute('data-before', 'push');"
            + " pawprintsLive.refresh();");
    control.locator("#confirm\\:end-no").click();
    assertThat(control.locator("#live-root[data-before]")).hasCount(0);
    assertEquals(false, control.evaluate("window.sentUnderDialog"));
    control.locator("#control\\:end").click();
    control.locator("#confirm\\:end-yes").click();
    assertThat(iris.locator("#waiting")).containsText("The session has ended");
    assertThat(iris.locator(".pp-live-upvote")).hasCount(0);
    assertThat(iris.locator("#ask")).isHidden();
    assertThat(lea.locator("#ask")).isHidden();
    Accessibility.assertNoSeriousViolations(iris);
    assertEquals(
        "0,2",
        people.queryOne(
            "SELECT content FROM live_answer WHERE person_id = "
                + couple.first().id()
                + " AND activity_id = "
                + (session * 10 + 1)));
  }

  private static double fontSize(Page page, String selector) {
    Object px =
        page.locator(selector).first().evaluate("e => parseFloat(getComputedStyle(e).fontSize)");
    return ((Number) px).doubleValue();
  }

  /** A scheduled session with a slide and a poll written the way the default plans write them. */
  private static void seedSession(TestPeople people, long cohort, long session) {
    SeededLiveSession.planned(session, cohort, "Week 1", "LT" + (session % 10_000 + 10_000))
        .activity("SLIDE", "Tonight")
        .body(
            "## Softer beginnings\n\nThe first words of a hard conversation often decide where it"
                + " goes.")
        .activity("POLL", "When do hard topics come up?")
        .body("Choose all that fit.")
        .choice("MULTIPLE")
        .options("Over a meal\nLate at night\nIn the car")
        .minutes(3)
        .insertInto(people);
  }
}
