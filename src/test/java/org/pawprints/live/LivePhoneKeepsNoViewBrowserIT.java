package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.SeededLiveSession;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A phone's live page keeps no Faces view on the server (a stateless view): what each request needs
 * travels with it. So a phone never meets "page expired", however many other pages its person opens
 * meanwhile, and a tap still answers the activity the screen showed, not the one the room has moved
 * to.
 */
@BrowserTest
class LivePhoneKeepsNoViewBrowserIT {

  private static final String OWN_EXERCISE =
      "/my/module.xhtml?step=gentle-start-up&at=e-rewrite-the-kitchen";

  /**
   * A session keeps the form state of its last 10 pages. Before, a participant who opened eleven
   * other pages (the module in another tab, the dashboard again and again) lost the live page's
   * state, and its next refresh ended on "page expired".
   */
  @Test
  void aPhoneFollowsTheRoomAfterItsPersonOpenedManyOtherPages(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("nadia", "en", "omar", "fr");
    long session = 880_000_000L + couple.first().id();
    seedTwoPolls(people, couple.cohortId(), session);

    Page nadia = LiveRefreshes.openLivePage(visitors, "en-CA", couple.first(), session);
    assertThat(nadia.locator("#activity-title")).hasText("How was your week?");
    assertEquals(
        "stateless",
        nadia.locator("#answer input[name='jakarta.faces.ViewState']").inputValue(),
        "the live page keeps no view on the server");
    // Every form of the page posts back to the page's own address, session included.
    assertTrue(
        nadia.locator("#answer").getAttribute("action").contains("session=" + session),
        nadia.locator("#answer").getAttribute("action"));

    // Eleven more pages in the same account (the browser's cookies, no new screen).
    for (int i = 0; i < 11; i++) {
      assertEquals(200, nadia.request().get(visitors.url("/my/index.xhtml")).status());
    }
    nadia.evaluate("() => window.pawprintsStayedOnThisPage = true");
    moveTo(people, session, 1);
    assertEquals(200, LiveRefreshes.refreshNow(nadia).status());
    assertThat(nadia.locator("#activity-title")).hasText("What helped this week?");
    visitors.screenshot(nadia, "live-phone-after-eleven-pages-en");
    assertEquals(
        Boolean.TRUE,
        nadia.evaluate("() => window.pawprintsStayedOnThisPage === true"),
        "the screen moved on without a reload");
  }

  /**
   * A participant keeps the module open in one tab while the live page follows the room in another,
   * for a whole evening. Every refresh of the live page used to leave a view scope in the session,
   * which keeps the last 50 of them: after 50 refreshes the module tab's answer form lost its
   * server-side part, and saving the answer typed there no longer worked.
   */
  @Test
  void aLongEveningOfRefreshesLeavesTheModuleTabBesideItWorking(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("ines", "fr", "paul", "en");
    long session = 880_000_000L + couple.first().id();
    seedTwoPolls(people, couple.cohortId(), session);
    Page live = LiveRefreshes.openLivePage(visitors, "fr-CA", couple.first(), session);
    Page module = live.context().newPage();
    module.navigate(visitors.url(OWN_EXERCISE));
    assertThat(module.locator("#answer\\:text")).isVisible();

    for (int i = 0; i < 60; i++) {
      assertEquals(200, LiveRefreshes.refreshNow(live).status());
    }
    assertThat(live.locator("#activity-title")).hasText("How was your week?");

    String typed = "Je commence par ce que je ressens, pas par ce que tu fais.";
    module.locator("#answer\\:text").fill(typed);
    module.locator("#answer\\:save").click();
    assertThat(module.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM answer WHERE person_id = "
                + couple.first().id()
                + " AND exercise_id = 'rewrite-the-kitchen'"),
        "the answer typed in the module tab is saved");
  }

  /**
   * The facilitator's control screen stays open for the whole session while its owner opens other
   * pages (here the agenda, eleven times). Before, the eleventh of them took the control screen's
   * view with it, and the next "Next" ended on "page expired" in front of the room.
   */
  @Test
  void theControlScreenStillLeadsAfterItsFacilitatorOpenedManyOtherPages(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("lina", "en", "karim", "fr");
    TestPerson fran = people.facilitatorOf(couple.cohortId(), "fran", "fr");
    long session = 880_000_000L + couple.first().id();
    seedTwoPolls(people, couple.cohortId(), session);

    Page control = visitors.signIn(visitors.open("fr-CA"), fran.email(), fran.password());
    control.navigate(visitors.url("/facilitate/live-control.xhtml?session=" + session));
    assertThat(control.locator("#activity-title")).hasText("How was your week?");
    assertEquals(
        "stateless",
        control.locator("#control input[name='jakarta.faces.ViewState']").inputValue(),
        "the control screen keeps no view on the server");
    // The presenter screen, in a second window of the same account (the projector).
    Page presenter = control.context().newPage();
    // Its socket is open once its first refresh went out (live.js refreshes when it opens).
    presenter.waitForResponse(
        r ->
            "POST".equals(r.request().method())
                && r.url().contains("/facilitate/live-presenter.xhtml"),
        new Page.WaitForResponseOptions().setTimeout(20_000),
        () ->
            presenter.navigate(
                visitors.url("/facilitate/live-presenter.xhtml?session=" + session)));
    assertThat(presenter.locator("#activity-title")).hasText("How was your week?");
    for (int i = 0; i < 11; i++) {
      String agenda = visitors.url("/facilitate/live-agenda.xhtml?session=" + session);
      assertEquals(200, control.request().get(agenda).status());
    }
    control.evaluate("() => window.pawprintsStayedOnThisPage = true");

    // Minutes typed for the first poll's timer but never started stay with that poll: "Next"
    // sends nothing but itself, and its own answer shows the next poll's planned minutes (before,
    // it sent the whole form, showed 9 until a refresh came, and a typed 500 would have stopped
    // "Next" with the timer's range message).
    control.locator("#control\\:minutes_input").fill("9");
    Response next =
        control.waitForResponse(
            r ->
                "POST".equals(r.request().method())
                    && String.valueOf(r.request().postData()).contains("control%3Anext"),
            () -> control.locator("#control\\:next").click());
    Matcher minutes = MINUTES_FIELD.matcher(next.text());
    assertTrue(minutes.find(), next.text());
    assertEquals("7", minutes.group(1), "the timer field after Next");
    assertThat(control.locator("#activity-title")).hasText("What helped this week?");
    assertThat(presenter.locator("#activity-title")).hasText("What helped this week?");
    assertEquals(
        "1", people.queryOne("SELECT current_position FROM live_session WHERE id = " + session));
    // The timer's field starts from the activity's planned minutes; what the facilitator types
    // travels with the timer's button.
    assertThat(control.locator("#control\\:minutes_input")).hasValue("7");
    control.locator("#control\\:minutes_input").fill("12");
    control.locator("#control\\:timer-start").click();
    assertThat(control.locator(".pp-live-timer")).isVisible();
    long secondsLeft =
        Long.parseLong(
            people.queryOne(
                "SELECT DATEDIFF('SECOND', CURRENT_TIMESTAMP, timer_ends_at) FROM live_session"
                    + " WHERE id = "
                    + session));
    assertTrue(secondsLeft > 11 * 60 && secondsLeft <= 12 * 60, secondsLeft + " s left");
    assertEquals(
        Boolean.TRUE,
        control.evaluate("() => window.pawprintsStayedOnThisPage === true"),
        "the control screen moved on without a reload");
    visitors.screenshot(control, "live-control-after-eleven-pages-fr");

    // A long evening of the control screen following the room, with the agenda open in a third
    // tab: the control screen's stateless refreshes must not push the agenda's editor out of the
    // session (they each used to take a place there).
    Page agendaTab = control.context().newPage();
    agendaTab.navigate(visitors.url("/facilitate/live-agenda.xhtml?session=" + session));
    assertThat(agendaTab.locator("#items > li")).hasCount(2);
    for (int i = 0; i < 55; i++) {
      assertEquals(200, LiveRefreshes.refreshNow(control).status());
    }
    agendaTab
        .locator("#items > li")
        .nth(1)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Modifier"))
        .click();
    assertThat(agendaTab.locator("#agenda\\:title")).hasValue("What helped this week?");
    agendaTab.locator("#agenda\\:title").fill("Ce qui nous a aidés cette semaine");
    agendaTab.locator("#agenda\\:save").click();
    assertThat(agendaTab.locator("#items > li").nth(1)).containsText("Ce qui nous a aidés");
    assertEquals(
        "Ce qui nous a aidés cette semaine",
        people.queryOne("SELECT title FROM live_activity WHERE id = " + (session * 10 + 1)));
  }

  /**
   * Omar's screen still shows the first poll when the facilitator moves to the second, which has
   * the same options. His tap says which activity it answered: it is refused with a message and his
   * screen shows the second poll, and no answer lands on the poll he never saw.
   */
  @Test
  void aTapThatCrossesTheFacilitatorsNextIsNotCountedForTheNextPoll(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("omar", "fr", "nadia", "en");
    long session = 880_000_000L + couple.first().id();
    seedTwoPolls(people, couple.cohortId(), session);

    Page omar = LiveRefreshes.openLivePage(visitors, "fr-CA", couple.first(), session);
    assertThat(omar.locator("#activity-title")).hasText("How was your week?");

    // The room moves on, and no push reaches Omar's screen before his tap.
    moveTo(people, session, 1);
    omar.locator("#answer button", new Page.LocatorOptions().setHasText("Calm")).click();

    assertThat(omar.locator(".pp-error-text")).containsText("Le groupe est passé à la suite");
    assertThat(omar.locator("#activity-title")).hasText("What helped this week?");
    assertEquals(0, answersBy(people, session, couple.first().id()), "no answer counted");
    visitors.screenshot(omar, "live-phone-tap-crossed-next-fr");

    // Tapped on the poll on screen now, the answer counts, once.
    omar.locator("#answer button", new Page.LocatorOptions().setHasText("Busy")).click();
    assertThat(omar.locator("#answer-state"))
        .hasText("Votre réponse est enregistrée. Vous pouvez encore la changer.");
    assertEquals(1, answersBy(people, session, couple.first().id()));
  }

  private static long answersBy(TestPeople people, long session, long person) {
    return Long.parseLong(
        people.queryOne(
            "SELECT COUNT(*) FROM live_answer a JOIN live_activity t ON t.id = a.activity_id"
                + " WHERE t.session_id = "
                + session
                + " AND a.person_id = "
                + person));
  }

  private static void moveTo(TestPeople people, long session, int position) {
    people.execute(
        "UPDATE live_session SET current_position = ?, version = version + 1 WHERE id = ?",
        position,
        session);
  }

  private static final Pattern MINUTES_FIELD =
      Pattern.compile("id=\"control:minutes_input\"[^>]*value=\"(\\d+)\"");

  private static void seedTwoPolls(TestPeople people, long cohort, long session) {
    SeededLiveSession.planned(session, cohort, "Week 4", "LV" + (session % 10_000 + 10_000))
        .running(2, 0, true)
        .activity("POLL", "How was your week?")
        .choice("SINGLE")
        .options("Calm\nBusy\nBoth")
        .activity("POLL", "What helped this week?")
        .choice("SINGLE")
        .options("Calm\nBusy\nBoth")
        .minutes(7)
        .insertInto(people);
  }
}
