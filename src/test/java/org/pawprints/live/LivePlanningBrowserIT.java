package org.pawprints.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Menus;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.SoloCohort;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A facilitator (in French) schedules a session from the cohort's page, builds its agenda (add,
 * reorder, edit, remove), then runs it: a check-in on a participant's phone and a break whose timer
 * counts down.
 */
@BrowserTest
class LivePlanningBrowserIT {

  @Test
  void aFacilitatorSchedulesASessionBuildsItsAgendaAndRunsACheckInAndABreak(Visitors visitors) {
    TestPeople people = visitors.people();
    SoloCohort cohort = people.soloParticipants("mia", "en");
    TestPerson mia = cohort.person(0);
    TestPerson odile = people.facilitatorOf(cohort.cohortId(), "odile", "fr");

    Page odilePage =
        visitors.signIn(
            visitors.open("fr-CA"),
            odile.email(),
            odile.password(),
            "/facilitate/cohort.xhtml?id=" + cohort.cohortId());
    odilePage.locator("#live-sessions-link").click();
    assertThat(odilePage.locator("#sessions-heading")).hasText("Séances en direct");
    odilePage.locator("#schedule\\:title").fill("Rituels");
    odilePage.locator("#schedule\\:day").fill("2027-02-03");
    odilePage.locator("#schedule\\:time").fill("19:30");
    odilePage.locator("#schedule\\:link").fill("javascript:alert(1)");
    odilePage.locator("#schedule\\:save").click();
    assertThat(odilePage.locator("#schedule\\:messages")).containsText("adresse web");
    Accessibility.assertNoSeriousViolations(odilePage);
    odilePage.locator("#schedule\\:link").fill("https://meet.example.org/rituels");
    odilePage.locator("#schedule\\:save").click();
    assertThat(odilePage.locator("#agenda-title")).hasText("Rituels");

    addActivity(odilePage, null, "Bienvenue", "Content de vous voir **ici**.");
    addActivity(odilePage, "Météo intérieure", "Comment ça va?", null);
    addActivity(odilePage, "Pause", "On s’étire", null);
    Locator items = odilePage.locator("#items > li");
    assertThat(items).hasCount(3);
    // Reorder: the break goes up, then back down; edit its title; remove a stray item.
    button(items.nth(2), "Monter").click();
    assertThat(odilePage.locator("#items > li").nth(1)).containsText("On s’étire");
    button(odilePage.locator("#items > li").nth(1), "Descendre").click();
    assertThat(odilePage.locator("#items > li").nth(2)).containsText("On s’étire");
    button(odilePage.locator("#items > li").nth(2), "Modifier").click();
    assertThat(odilePage.locator("#agenda\\:title")).hasValue("On s’étire");
    odilePage.locator("#agenda\\:title").fill("On s’étire un peu");
    odilePage.locator("#agenda\\:minutes_input").fill("2");
    odilePage.locator("#agenda\\:save").click();
    assertThat(odilePage.locator("#items > li").nth(2)).containsText("On s’étire un peu");
    addActivity(odilePage, null, "À retirer", null);
    button(odilePage.locator("#items > li").nth(3), "Retirer").click();
    assertThat(odilePage.locator("#items > li")).hasCount(3);
    Accessibility.assertNoSeriousViolations(odilePage);
    visitors.screenshot(odilePage, "agenda-fr");

    // Run it: a check-in answered on a phone, then a break that counts down by itself.
    odilePage.locator("#to-control").click();
    odilePage.locator("#control\\:start").click();
    assertThat(odilePage.locator("#activity-title")).hasText("Bienvenue");
    Page miaPage =
        visitors.signIn(visitors.open("en-CA"), mia.email(), mia.password(), "/my/index.xhtml");
    miaPage.locator("#live-now a").first().click();
    assertThat(miaPage.locator("#activity-title")).hasText("Bienvenue");
    // Mia's arrival refreshes Odile's screen too; a refresh landing mid-press must not eat "Next".
    Presses.pressWhileTheRoomRefreshes(odilePage, odilePage.locator("#control\\:next"));
    assertThat(miaPage.locator("#activity-title")).hasText("Comment ça va?");
    // A participant's tap is held the same way: her answer counts though a refresh lands mid-press.
    Presses.pressWhileTheRoomRefreshes(
        miaPage,
        miaPage.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("7").setExact(true)));
    assertThat(
            miaPage.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("7").setExact(true)))
        .hasAttribute("aria-pressed", "true");
    assertThat(odilePage.locator("#answer-count")).containsText("1 réponse ·");
    Accessibility.assertNoSeriousViolations(miaPage);
    visitors.screenshot(miaPage, "participant-check-in");
    odilePage.locator("#control\\:reveal").click();
    assertThat(miaPage.locator("#results-waiting")).containsText("at least 5");
    odilePage.locator("#control\\:next").click();
    assertThat(miaPage.locator("#activity-title")).hasText("On s’étire un peu");
    assertThat(miaPage.locator("#timer")).hasText(Pattern.compile("^[12]:\\d\\d$"));
    String first = miaPage.locator("#timer").textContent();
    assertThat(miaPage.locator("#timer")).not().hasText(first);
    Accessibility.assertNoSeriousViolations(odilePage);
    visitors.screenshot(odilePage, "control-break-fr");
  }

  private static void addActivity(Page page, String kind, String title, String body) {
    if (kind != null) {
      Menus.choose(page, "agenda\\:kind", kind);
      // The kind's own fields came back from the server: the prompt's label says so.
      assertThat(page.locator("label[for='agenda:body']"))
          .hasText("Question ou consignes (Markdown)");
    }
    page.locator("#agenda\\:title").fill(title);
    if (body != null) {
      page.locator("#agenda\\:body").fill(body);
    }
    int before = page.locator("#items > li").count();
    page.locator("#agenda\\:save").click();
    assertThat(page.locator("#items > li")).hasCount(before + 1);
  }

  private static Locator button(Locator item, String name) {
    return item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
  }
}
