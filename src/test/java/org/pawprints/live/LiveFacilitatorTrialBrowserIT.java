package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Menus;
import org.pawprints.testing.browser.SeededLiveSession;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.PacedParticipant;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * What session 6's new-user trial noticed and left for later (docs/live.md "Facilitator's side,
 * session 7"): one step under three names; a plan in the cohort's language only, with no word of
 * which that is; the control view in the site's reading column on a laptop; a solo participant's
 * pause counted as a couple's; two "Join" buttons alike; the poll's ticked box in the theme's blue.
 */
@BrowserTest
class LiveFacilitatorTrialBrowserIT {

  private static final String CLAY_DARK = "rgb(122, 50, 35)";

  /** Counts the page's WebSocket openings in {@code window.socketsOpened}, before any script. */
  private static final String COUNT_OPEN_SOCKETS =
      "(() => { const Native = window.WebSocket; window.socketsOpened = 0;"
          + " window.WebSocket = function (url, protocols) {"
          + " const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);"
          + " socket.addEventListener('open', () => { window.socketsOpened++;"
          + " window.socketOpenedAt = Date.now(); }); return socket; };"
          + " window.WebSocket.prototype = Native.prototype;"
          + " ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(k => window.WebSocket[k] = Native[k]);"
          + " })();";

  @Test
  void anEnglishFacilitatorPlansStepOneByItsModulesNameAndRunsItOnALaptopAndAPhone(
      Visitors visitors) {
    PacedParticipant mia = visitors.people().participantPacedByFacilitator("mia", "en");
    TestPerson fay = visitors.people().facilitatorOf(mia.cohortId(), "fay", "en");
    Page page = visitors.signIn(visitors.open("en-CA"), fay.email(), fay.password());
    schedule(page, visitors, mia.cohortId(), "Week 1");

    // One name: the module's, numbered in the picker, and the plan is called the same.
    assertThat(page.locator("#starter\\:step_label")).hasText("1. Gentle start-ups");
    assertThat(page.locator("#plan-title")).containsText("Gentle start-ups");
    // The cohort's language is named; the other one and both are on offer.
    assertThat(page.locator("#starter\\:language_label"))
        .hasText("English (this cohort’s language)");
    assertEquals(
        List.of(
            "English (this cohort’s language)", "Français", "Both languages, this cohort’s first"),
        page.locator("#starter\\:language_input option").allTextContents());
    page.locator("#starter\\:copy-plan").click();
    assertThat(page.locator("#items > li")).hasCount(12);
    assertThat(page.locator("#items > li").nth(1)).containsText("Tonight: gentle start-ups");
    Accessibility.assertNoSeriousViolations(page);

    // The control view on a laptop: a wide console, every agenda title on one line.
    page.setViewportSize(1366, 768);
    page.locator("#to-control").click();
    page.locator("#control\\:start").click();
    assertThat(page.locator("#activity-title")).hasText("Arriving");
    assertThat(page.locator("#pacing\\:practice-step option:checked"))
        .hasText(Pattern.compile("^1\\. Gentle start-ups"));
    // Measured in one go in the page: a push's refresh may be redrawing the area meanwhile.
    Object agenda =
        page.evaluate("document.getElementById('agenda').getBoundingClientRect().width");
    assertTrue(((Number) agenda).doubleValue() >= 400, "the agenda column is " + agenda + " px");
    Object wrapped =
        page.evaluate(
            "Array.from(document.querySelectorAll('#agenda li a'))"
                + ".filter(a => a.getClientRects().length > 1).map(a => a.textContent)");
    assertEquals(List.of(), wrapped, "agenda titles wrapped on a 1366 px laptop");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "control-laptop-1366");

    // On a phone: one column, nothing wider than the screen, the agenda below the activity.
    page.setViewportSize(390, 844);
    assertEquals(0, overflow(page), "the control view is wider than the phone");
    assertEquals(
        true,
        page.evaluate(
            "document.getElementById('agenda').getBoundingClientRect().top >"
                + " document.getElementById('activity-title').getBoundingClientRect().top"),
        "the agenda comes below the activity on a phone");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "control-phone-390");
  }

  @Test
  void aFrenchFacilitatorCopiesTheStepsPlanInBothLanguagesForABilingualRoom(Visitors visitors) {
    PacedParticipant mia = visitors.people().participantPacedByFacilitator("mia", "en");
    visitors.people().execute("UPDATE cohort SET language = 'FR' WHERE id = ?", mia.cohortId());
    TestPerson fay = visitors.people().facilitatorOf(mia.cohortId(), "fay", "fr");
    Page page = visitors.signIn(visitors.open("fr-CA"), fay.email(), fay.password());
    schedule(page, visitors, mia.cohortId(), "Semaine 1");

    assertThat(page.locator("#starter\\:step_label")).hasText("1. Commencer en douceur");
    assertThat(page.locator("#plan-title")).containsText("Commencer en douceur");
    assertThat(page.locator("#starter\\:language_label"))
        .hasText("Français (la langue de cette cohorte)");
    assertThat(page.locator("#language-hint")).containsText("«\u00a0Les deux langues\u00a0»");
    Menus.choose(page, "starter\\:language", "English");
    // Then both languages, and "copy" tapped at once: the menu's answer comes back while the
    // finger is still down, and the tap must still count (the menu used to redraw the whole form,
    // button included, and the tap was lost: once in ci-like).
    Presses.pressWhileAMenuAnswers(
        page, page.locator("#starter\\:copy-plan"), "starter:language", "BOTH");
    assertThat(page.locator("#starter\\:language_label"))
        .hasText("Les deux langues, celle de la cohorte d’abord");
    assertThat(page.locator("#starter\\:starter-messages")).containsText("12 activités ajoutées");
    assertThat(page.locator("#items > li").nth(0)).containsText("Arrivée / Arriving");
    assertThat(page.locator("#items > li").nth(1))
        .containsText("Ce soir\u00a0: commencer en douceur / Tonight: gentle start-ups");
    // The longest language choice fits the phone (its menu had pushed the page sideways).
    assertEquals(0, overflow(page), "the agenda page is wider than the phone");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "agenda-both-languages-fr");

    // The room reads both: the English participant's phone shows the French first, then English.
    page.locator("#to-control").click();
    page.locator("#control\\:start").click();
    assertThat(page.locator("#activity-title")).hasText("Arrivée / Arriving");
    Page phone =
        visitors.signIn(
            visitors.open("en-CA"),
            mia.person().email(),
            mia.person().password(),
            "/my/live.xhtml?session=" + sessionOf(visitors, mia.cohortId()));
    assertThat(phone.locator("#activity-title")).hasText("Arrivée / Arriving");
    Page presenter =
        visitors.signIn(
            visitors.open("fr-CA"),
            fay.email(),
            fay.password(),
            "/facilitate/live-presenter.xhtml?session=" + sessionOf(visitors, mia.cohortId()));
    presenter.setViewportSize(1920, 1080);
    assertThat(presenter.locator("#activity-title")).hasText("Arrivée / Arriving");
    page.locator("#control\\:next").click();
    List<String> headings = List.of("Commencer en douceur", "Gentle start-ups");
    assertThat(phone.locator("#activity h3")).hasText(headings.toArray(String[]::new));
    assertThat(presenter.locator("#activity h3")).hasText(headings.toArray(String[]::new));
    Accessibility.assertNoSeriousViolations(phone);
    Accessibility.assertNoSeriousViolations(presenter);
    visitors.screenshot(phone, "slide-both-languages");
    visitors.screenshot(presenter, "presenter-both-languages");
    visitors.screenshot(page, "control-both-languages");
  }

  @Test
  void theRoomCountsAPausedPersonApartAndTellsTwoSessionsApartInEnglishAndFrench(
      Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("iris", "en", "lea", "fr");
    long cohort = couple.cohortId();
    TestPerson rosa = people.participantIn(cohort, "rosa", "en");
    TestPerson fatima = people.facilitatorOf(cohort, "fatima", "en");
    TestPerson benoit = people.facilitatorOf(cohort, "benoit", "fr");
    long session = 840_000_000L + couple.first().id();
    seedTwoSessionsOneTitle(people, cohort, session);

    // Two open sessions with one title: the start tells them apart, in the button's own name.
    Page rosaPhone = phone(visitors, "en-CA", rosa, "/my/index.xhtml");
    assertThat(rosaPhone.locator("#live-now a.pp-button")).hasCount(2);
    List<String> english = texts(rosaPhone.locator("#live-now a.pp-button"));
    assertNotEquals(english.get(0), english.get(1));
    assertThat(
            rosaPhone.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("Join “Week 1” · .*6:00"))))
        .hasCount(1);
    assertThat(
            rosaPhone.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("Join “Week 1” · .*7:30"))))
        .hasCount(1);
    Accessibility.assertNoSeriousViolations(rosaPhone);
    visitors.screenshot(rosaPhone, "two-sessions-one-title-en");
    Page leaPhone = phone(visitors, "fr-CA", couple.second(), "/my/index.xhtml");
    List<String> french = texts(leaPhone.locator("#live-now a.pp-button"));
    assertEquals(2, french.size());
    assertNotEquals(french.get(0), french.get(1));
    assertTrue(french.stream().allMatch(t -> t.contains("Rejoindre «\u00a0Week 1\u00a0» · ")));

    // The choose-all-that-fit poll: a ticked box is the clay of the one-choice buttons.
    rosaPhone.addInitScript(COUNT_OPEN_SOCKETS);
    rosaPhone.locator("#join-live-" + session).click();
    assertThat(rosaPhone.locator("#activity-title")).hasText("When do hard topics come up?");
    // The phone asks for the state once its socket opens, and that refresh redraws a box ticked
    // but not sent: tick only once the socket is open and its refresh has come back.
    rosaPhone.waitForCondition(
        () ->
            Boolean.TRUE.equals(
                rosaPhone.evaluate(
                    "window.socketsOpened > 0 && Date.now() - window.socketOpenedAt > 300"
                        + " && window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()")));
    rosaPhone.locator("#answer\\:chosen .ui-chkbox-box").nth(1).click();
    Locator ticked = rosaPhone.locator("#answer\\:chosen .ui-chkbox-box.ui-state-active");
    assertThat(ticked).hasCount(1);
    // A push's refresh while the box is ticked but not sent redraws the poll: the tick stays.
    rosaPhone.evaluate(
        "document.getElementById('live-root').setAttribute('data-before', 'push');"
            + " pawprintsLive.refresh();");
    assertThat(rosaPhone.locator("#live-root[data-before]")).hasCount(0);
    assertThat(ticked).hasCount(1);
    assertTrue(rosaPhone.locator("#answer\\:chosen input[type=checkbox]").nth(1).isChecked());
    rosaPhone.locator("#answer\\:send-chosen").click();
    assertThat(rosaPhone.locator("#answer-state")).containsText("Your answer is in");
    assertEquals(
        "1",
        people.queryOne(
            "SELECT content FROM live_answer WHERE person_id = "
                + rosa.id()
                + " AND activity_id = "
                + session * 10));
    assertThat(ticked).hasCount(1);
    assertThat(ticked).hasCSS("background-color", CLAY_DARK);
    assertThat(ticked).hasCSS("border-top-color", CLAY_DARK);
    Accessibility.assertNoSeriousViolations(rosaPhone);
    visitors.screenshot(rosaPhone, "poll-ticked");

    // Pauses: a person on their own is a person, a couple a couple; never who.
    Page control =
        phone(visitors, "en-CA", fatima, "/facilitate/live-control.xhtml?session=" + session);
    Page controlFr =
        phone(visitors, "fr-CA", benoit, "/facilitate/live-control.xhtml?session=" + session);
    assertThat(control.locator("#paused-count")).hasText("Nobody is paused");
    assertThat(controlFr.locator("#paused-count")).hasText("Personne n’est en pause");
    rosaPhone.locator("#care\\:pause-start").click();
    assertThat(rosaPhone.locator("#couple-pause")).isVisible();
    assertThat(control.locator("#paused-count")).hasText("1 person paused");
    assertThat(controlFr.locator("#paused-count")).hasText("1 personne en pause");
    Page irisPhone = phone(visitors, "en-CA", couple.first(), "/my/live.xhtml?session=" + session);
    irisPhone.locator("#care\\:pause-start").click();
    assertThat(irisPhone.locator("#couple-pause")).isVisible();
    assertThat(control.locator("#paused-count")).hasText("1 couple and 1 person paused");
    assertThat(controlFr.locator("#paused-count")).hasText("1 couple et 1 personne en pause");
    assertThat(control.locator("#couples-status")).not().containsText(rosa.name());
    assertThat(control.locator("#couples-status")).not().containsText(couple.first().name());
    Accessibility.assertNoSeriousViolations(controlFr);
    visitors.screenshot(controlFr, "paused-counts-fr");
  }

  /** Each element's text, its spaces and line breaks made one space (no-break spaces kept). */
  private static List<String> texts(Locator elements) {
    return elements.allTextContents().stream().map(t -> t.replaceAll("\\s+", " ").strip()).toList();
  }

  private static Page phone(Visitors visitors, String locale, TestPerson who, String path) {
    return visitors.signIn(visitors.open(locale), who.email(), who.password(), path);
  }

  private static void schedule(Page page, Visitors visitors, long cohortId, String title) {
    page.navigate(visitors.url("/facilitate/live-sessions.xhtml?cohort=" + cohortId));
    page.locator("#schedule\\:title").fill(title);
    page.locator("#schedule\\:day").fill("2027-03-03");
    page.locator("#schedule\\:time").fill("19:30");
    page.locator("#schedule\\:save").click();
    assertThat(page.locator("#agenda-title")).hasText(title);
  }

  private static long sessionOf(Visitors visitors, long cohortId) {
    return Long.parseLong(
        visitors
            .people()
            .queryOne("SELECT MAX(id) FROM live_session WHERE cohort_id = " + cohortId));
  }

  /** How far the page reaches past the screen's right edge, in CSS pixels. */
  private static int overflow(Page page) {
    Object px =
        page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth");
    return ((Number) px).intValue();
  }

  /**
   * Two open sessions called "Week 1" (a run left open and a new one): the first running a
   * choose-all-that-fit poll from 6:00 p.m. in Toronto, the second in the lobby from 7:30 p.m.
   */
  private static void seedTwoSessionsOneTitle(TestPeople people, long cohort, long session) {
    SeededLiveSession.planned(session, cohort, "Week 1", "LF" + (session % 10_000 + 10_000))
        .startingAt("2026-12-03 23:00:00+00")
        .running(1, 0, true)
        .activity("POLL", "When do hard topics come up?")
        .body("Choose all that fit.")
        .choice("MULTIPLE")
        .options("Over a meal\nLate at night\nIn the car")
        .minutes(3)
        .insertInto(people);
    SeededLiveSession.planned(session + 1, cohort, "Week 1", "LG" + (session % 10_000 + 10_000))
        .startingAt("2026-12-04 00:30:00+00")
        .inLobby()
        .insertInto(people);
  }
}
