package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A live session in real browsers: a facilitator at the controls, a presenter screen, and three
 * phones (a couple, one partner in English and one in French, and a solo participant who joins
 * late). Every screen follows the room by push, without a reload; reloading (a phone, the
 * facilitator) lands where the room is; results wait for the reveal and for five answers.
 */
@BrowserTest
class LiveSessionBrowserIT {

  @Test
  void aFacilitatorRunsASessionAndEveryPhoneFollows(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("noor", "en", "lou", "fr");
    long cohort = couple.cohortId();
    TestPerson sam = people.participantIn(cohort, "sam", "en");
    TestPerson fran = people.facilitatorOf(cohort, "fran", "en");
    long session = 800_000_000L + couple.first().id();
    String code = "LV" + Long.toString(couple.first().id() % 10_000 + 10_000).substring(1);
    seedSession(people, cohort, session, code);
    TestPerson[] others = {
      people.participantIn(cohort, "rue", "en"), people.participantIn(cohort, "kai", "en")
    };

    Page control =
        visitors.signIn(
            visitors.open("en-CA"),
            fran.email(),
            fran.password(),
            "/facilitate/live-control.xhtml?session=" + session);
    control.locator("#control\\:lobby").click();
    assertThat(control.locator("#session-state")).hasText("Open for joining");
    // A page's own style sheets come after PrimeFaces' theme and Pawprints' own, so that they win.
    assertEquals(
        Boolean.TRUE,
        control.evaluate(
            "() => { const h = [...document.styleSheets].map(s => s.href || '');"
                + " const at = n => h.findIndex(x => x.includes('/' + n));"
                + " return at('theme.css') >= 0 && at('theme.css') < at('pawprints.css')"
                + " && at('pawprints.css') < at('live.css'); }"),
        "style sheets in order: the theme, Pawprints', the page's own");
    Page presenter =
        visitors.signIn(
            visitors.open("en-CA"),
            fran.email(),
            fran.password(),
            "/facilitate/live-presenter.xhtml?session=" + session);
    assertThat(presenter.locator("#join-code")).hasText(code);
    assertThat(presenter.locator(".pp-live-qr svg, .pp-live-qr img")).hasCount(1);
    // Drawn square: session 6's trial found it 98x62 (PrimeFaces' unequal quiet zones) stretched
    // into a square box, so a phone's camera saw a squashed code.
    presenter.waitForFunction("() => document.querySelector('#qr').naturalWidth > 0");
    assertEquals(
        Boolean.TRUE,
        presenter.evaluate(
            "() => { const q = document.querySelector('#qr');"
                + " return q.naturalWidth === q.naturalHeight; }"),
        "the QR code's image is square");
    Accessibility.assertNoSeriousViolations(presenter);
    visitors.screenshot(presenter, "presenter-lobby");

    // Noor joins from the dashboard, Lou (in French) by typing the code.
    Page noor = signedIn(visitors, "en-CA", couple.first(), "/my/index.xhtml");
    noor.locator("#join-live-" + session).click();
    assertThat(noor.locator("#waiting")).containsText("We start in a moment");
    Page lou = signedIn(visitors, "fr-CA", couple.second(), "/my/live-join.xhtml");
    lou.locator("#join\\:code").fill("zz-zzzz");
    lou.locator("#join\\:submit").click();
    assertThat(lou.locator("#join\\:code-message")).containsText("aucune séance");
    lou.locator("#join\\:code").fill(code.toLowerCase());
    lou.locator("#join\\:submit").click();
    assertThat(lou.locator("#waiting")).containsText("On commence dans un instant");
    Accessibility.assertNoSeriousViolations(lou);

    // Start: the slide reaches every screen by push.
    control.locator("#control\\:start").click();
    assertThat(noor.locator("#activity-title")).hasText("Welcome");
    assertThat(noor.locator("#activity")).containsText("Glad you are here");
    assertThat(lou.locator("#activity-title")).hasText("Welcome");
    assertThat(presenter.locator("#activity-title")).hasText("Welcome");
    assertThat(control.locator("#couples-here")).containsText("Lou");
    assertThat(control.locator("#couples-here")).containsText("Noor");

    // A poll: answer, change, and the late joiner lands on it.
    control.locator("#control\\:next").click();
    assertThat(noor.locator("#activity-title")).hasText("How was your week?");
    noor.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Busy"))
        .click();
    assertThat(noor.locator("#answer-state")).containsText("Your answer is in");
    noor.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Both"))
        .click();
    assertThat(option(noor, "Both")).hasAttribute("aria-pressed", "true");
    assertThat(option(noor, "Busy")).hasAttribute("aria-pressed", "false");
    option(lou, "Both").click();
    assertThat(lou.locator("#answer-state")).containsText("Votre réponse est enregistrée");
    // Minutes typed for this poll's timer, not yet started, stay in their field while new answers
    // redraw the control screen (each answer refreshes it; the field used to fall back to the
    // plan at every one).
    control.locator("#control\\:minutes_input").fill("11");
    Page samPhone = signedIn(visitors, "en-CA", sam, "/my/index.xhtml");
    samPhone.locator("#join-live-" + session).click();
    assertThat(samPhone.locator("#activity-title")).hasText("How was your week?");
    option(samPhone, "Calm").click();
    // Sam's own screen first: the scan and the screenshot below must not race its response.
    assertThat(samPhone.locator("#answer-state")).containsText("Your answer is in");
    assertThat(control.locator("#answer-count")).containsText("3 answered");
    assertThat(control.locator("#control\\:minutes_input")).hasValue("11");
    Accessibility.assertNoSeriousViolations(samPhone);
    visitors.screenshot(samPhone, "participant-poll");

    // Noor reloads: the same activity, her own answer still chosen.
    noor.reload();
    assertThat(noor.locator("#activity-title")).hasText("How was your week?");
    assertThat(option(noor, "Both")).hasAttribute("aria-pressed", "true");

    // Revealed with three answers: nothing counted yet. Two more people answer; then the bars.
    control.locator("#control\\:reveal").click();
    assertThat(presenter.locator("#results-waiting")).containsText("at least 5");
    assertThat(presenter.locator("#bars")).hasCount(0);
    for (TestPerson other : others) {
      Page phone = signedIn(visitors, "en-CA", other, "/my/live.xhtml?session=" + session);
      option(phone, "Busy").click();
      assertThat(phone.locator("#answer-state")).containsText("Your answer is in");
    }
    assertThat(control.locator("#answer-count")).containsText("5 answered");
    control.locator("#control\\:lock").click();
    assertThat(noor.locator("#answer-state")).hasText("Answers are closed.");
    assertThat(option(noor, "Both")).isDisabled();
    // The options are plain buttons sent by one remote command: a tap forged past the lock (the
    // command called by hand, as a changed page would) is refused and changes no count.
    noor.evaluate(
        "() => pawprintsLiveChoose([{name: 'choice', value: '1'},"
            + " {name: 'shown', value: document.querySelector('[data-shown]').dataset.shown}])");
    assertThat(noor.locator("#messages")).containsText("Answers are closed for this activity.");
    assertThat(control.locator("#answer-count")).containsText("5 answered");
    assertThat(presenter.locator("#bars")).containsText("Both");
    assertThat(presenter.locator("#bars")).containsText("40% (2)");
    assertThat(noor.locator("#bars")).containsText("40% (2)");
    assertThat(lou.locator("#bars")).containsText("40 % (2)");
    Accessibility.assertNoSeriousViolations(presenter);
    visitors.screenshot(presenter, "presenter-poll-results");
    Accessibility.assertNoSeriousViolations(control);
    visitors.screenshot(control, "control-poll");

    // A quiz question: the right answer shows only when the facilitator reveals it.
    control.locator("#control\\:next").click();
    assertThat(noor.locator("#activity-title")).hasText("A gentle start-up begins with");
    option(noor, "I feel …").click();
    assertThat(option(noor, "I feel …")).hasAttribute("aria-pressed", "true");
    assertThat(noor.locator("#right-answer")).hasCount(0);
    control.locator("#control\\:reveal").click();
    assertThat(noor.locator("#right-answer")).containsText("I feel …");
    assertThat(presenter.locator("#right-answer")).containsText("I feel …");

    // An open question: approve one answer, hide another; only the approved one is shown.
    control.locator("#control\\:next").click();
    assertThat(noor.locator("#activity-title")).hasText("One word for tonight");
    sendText(noor, "patience");
    sendText(lou, "fatigue");
    sendText(samPhone, "hope");
    people.execute(
        "INSERT INTO live_answer (id, activity_id, person_id, content, moderation, answered_at)"
            + " VALUES (?, ?, ?, 'tea', 'PENDING', CURRENT_TIMESTAMP), (?, ?, ?, 'calm', 'PENDING',"
            + " CURRENT_TIMESTAMP)",
        session * 10 + 8,
        session * 10 + 3,
        others[0].id(),
        session * 10 + 9,
        session * 10 + 3,
        others[1].id());
    control.locator("#control\\:reveal").click();
    approveOrHide(control, "patience", "Show");
    approveOrHide(control, "fatigue", "Hide");
    assertThat(presenter.locator("#texts")).containsText("patience");
    assertThat(presenter.locator("#texts")).not().containsText("fatigue");
    assertThat(lou.locator("#texts")).containsText("patience");
    visitors.screenshot(presenter, "presenter-open");

    // The facilitator reloads and keeps control.
    control.reload();
    assertThat(control.locator("#activity-title")).hasText("One word for tonight");
    control.locator("#control\\:back").click();
    assertThat(noor.locator("#activity-title")).hasText("A gentle start-up begins with");
    assertEquals(
        "RUNNING", people.queryOne("SELECT state FROM live_session WHERE id = " + session));
  }

  @Test
  void aSocketNobodyOpenedForThisPageIsRefused(Visitors visitors) {
    TestPerson olive = visitors.people().participant("olive", "en");
    Page page = signedIn(visitors, "en-CA", olive, "/my/index.xhtml");
    Object signedInCode = closeCodeOf(page, "/jakarta.faces.push/live?forged-channel-id");
    assertEquals(1008, ((Number) signedInCode).intValue(), "an unknown channel id is closed");
    Page anonymous = visitors.open("en-CA");
    anonymous.navigate(visitors.url("/login.xhtml"));
    Object anonymousCode = closeCodeOf(anonymous, "/jakarta.faces.push/live?forged-channel-id");
    assertEquals(1006, ((Number) anonymousCode).intValue(), "no handshake without a sign-in");
  }

  private static Object closeCodeOf(Page page, String path) {
    return page.evaluate(
        "path => new Promise(done => {"
            + " const url = location.origin.replace(/^http/, 'ws') + path;"
            + " const ws = new WebSocket(url); ws.onclose = e => done(e.code); })",
        path);
  }

  private static com.microsoft.playwright.Locator option(Page phone, String label) {
    return phone.getByRole(
        com.microsoft.playwright.options.AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  /**
   * Sends an open answer and waits for the server's acknowledgement: the response to this send (not
   * the push re-render that may come in between), then the answer's state saying it is in. Only
   * then is the answer stored for the facilitator to moderate.
   */
  private static void sendText(Page phone, String text) {
    phone.locator("#answer\\:text").fill(text);
    phone.waitForResponse(
        response ->
            "POST".equals(response.request().method())
                && String.valueOf(response.request().postData()).contains("send-text"),
        () -> phone.locator("#answer\\:send-text").click());
    assertThat(phone.locator("#answer-state"))
        .containsText(
            phone.locator("html").getAttribute("lang").startsWith("fr")
                ? "Votre réponse est enregistrée."
                : "Your answer is in.");
  }

  private static void approveOrHide(Page control, String text, String button) {
    control
        .locator(".pp-live-moderation li", new Page.LocatorOptions().setHasText(text))
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName(button))
        .click();
    assertThat(
            control.locator(".pp-live-moderation li", new Page.LocatorOptions().setHasText(text)))
        .containsText("Show".equals(button) ? "shown" : "hidden");
  }

  private static Page signedIn(Visitors visitors, String locale, TestPerson person) {
    return visitors.signIn(visitors.open(locale), person.email(), person.password());
  }

  /** Signs in and opens {@code path} straight away. */
  private static Page signedIn(Visitors visitors, String locale, TestPerson person, String path) {
    return visitors.signIn(visitors.open(locale), person.email(), person.password(), path);
  }

  /** What a facilitator's planning leaves: a scheduled session with four activities. */
  private static void seedSession(TestPeople people, long cohort, long session, String code) {
    SeededLiveSession.planned(session, cohort, "Softer beginnings", code)
        .activity("SLIDE", "Welcome")
        .body("Glad you are **here**.")
        .notes("Breathe first.")
        .activity("POLL", "How was your week?")
        .choice("SINGLE")
        .options("Calm\nBusy\nBoth")
        .notes("Breathe first.")
        .activity("QUIZ_QUESTION", "A gentle start-up begins with")
        .options("You never …\nI feel …")
        .correct("1")
        .notes("Breathe first.")
        .activity("OPEN_QUESTION", "One word for tonight")
        .display("LIST")
        .notes("Breathe first.")
        .insertInto(people);
  }
}
