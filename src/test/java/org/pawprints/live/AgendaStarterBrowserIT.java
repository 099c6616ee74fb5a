package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Menus;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.PacedParticipant;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A facilitator schedules a session for a cohort at the "repair" step, starts its agenda from the
 * step's default plan (in the cohort's English, or in French chosen on the page), sees the plan's
 * objectives, moves an activity up, starts the session, and the participant's phone shows it.
 */
@BrowserTest
class AgendaStarterBrowserIT {

  @Test
  void aFacilitatorStartsFromTheStepsPlanInEnglish(Visitors visitors) {
    Room room = startFromThePlan(visitors, "en-CA", "en", null);
    Page page = room.facilitator();
    assertThat(page.locator("#objectives")).containsText("Describe a repair attempt");
    assertThat(page.locator("#items > li").nth(0)).containsText("Arriving");
    assertThat(page.locator("#items > li").nth(0)).containsText("2 min");
    assertThat(page.locator("#items > li").nth(1)).containsText("Tonight: repair");
    button(page.locator("#items > li").nth(1), "Up").click();
    assertThat(page.locator("#items > li").nth(0)).containsText("Tonight: repair");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "agenda-from-plan-en");
    runAndSeeOnThePhone(visitors, room, "Tonight: repair");
  }

  @Test
  void aFacilitatorStartsFromTheStepsPlanInFrenchThenCopiesThatAgenda(Visitors visitors) {
    Room room = startFromThePlan(visitors, "fr-CA", "fr", "Français");
    Page page = room.facilitator();
    assertThat(page.locator("#objectives")).containsText("Décrire une tentative de réparation");
    assertThat(page.locator("#items > li").nth(0)).containsText("Arrivée");
    assertThat(page.locator("#items > li").nth(1)).containsText("la réparation");
    button(page.locator("#items > li").nth(1), "Monter").click();
    assertThat(page.locator("#items > li").nth(0)).containsText("la réparation");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "agenda-from-plan-fr");

    // The next session offers this agenda to copy, reordered as the facilitator left it.
    schedule(page, visitors, room.cohortId(), "Deuxième soirée");
    page.locator("#starter\\:copy-earlier").click();
    assertThat(page.locator("#starter\\:starter-messages")).containsText("12 activités ajoutées");
    assertThat(page.locator("#items > li")).hasCount(12);
    assertThat(page.locator("#items > li").nth(0)).containsText("la réparation");
    runAndSeeOnThePhone(visitors, room, "la réparation");
  }

  /** A facilitator and a participant of a cohort at the repair step, the plan copied. */
  private record Room(Page facilitator, TestPerson participant, long cohortId) {}

  private static Room startFromThePlan(
      Visitors visitors, String locale, String language, String planLanguage) {
    TestPeople people = visitors.people();
    PacedParticipant mia = people.participantPacedByFacilitator("mia", "en");
    people.openStep(mia.cohortId(), "repair");
    TestPerson fay = people.facilitatorOf(mia.cohortId(), "fay", language);
    Page page = visitors.signIn(visitors.open(locale), fay.email(), fay.password());
    schedule(page, visitors, mia.cohortId(), "Repair night");
    // The step by its module's name, in the page's language (docs/live.md "One name per step").
    assertThat(page.locator("#starter\\:step_label"))
        .hasText(
            "fr".equals(language)
                ? "4. Réparer tôt, réparer en douceur"
                : "4. Repair early, repair gently");
    if (planLanguage != null) {
      Menus.choose(page, "starter\\:language", planLanguage);
    }
    page.locator("#starter\\:copy-plan").click();
    assertThat(page.locator("#items > li")).hasCount(12);
    return new Room(page, mia.person(), mia.cohortId());
  }

  private static void schedule(Page page, Visitors visitors, long cohortId, String title) {
    page.navigate(visitors.url("/facilitate/live-sessions.xhtml?cohort=" + cohortId));
    // The times are the cohort's, and the page names its zone (issue 13).
    assertThat(page.locator("#sessions-zone"))
        .containsText(
            visitors.people().queryOne("SELECT time_zone FROM cohort WHERE id = " + cohortId));
    page.locator("#schedule\\:title").fill(title);
    page.locator("#schedule\\:day").fill("2027-03-03");
    page.locator("#schedule\\:time").fill("19:30");
    page.locator("#schedule\\:save").click();
    assertThat(page.locator("#agenda-title")).hasText(title);
  }

  private static void runAndSeeOnThePhone(Visitors visitors, Room room, String first) {
    Page page = room.facilitator();
    page.locator("#to-control").click();
    page.locator("#control\\:start").click();
    assertThat(page.locator("#activity-title")).containsText(first);
    TestPerson mia = room.participant();
    Page phone =
        visitors.signIn(visitors.open("en-CA"), mia.email(), mia.password(), "/my/index.xhtml");
    phone.locator("#live-now a").first().click();
    assertThat(phone.locator("#activity-title")).containsText(first);
  }

  private static Locator button(Locator item, String name) {
    return item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
  }
}
