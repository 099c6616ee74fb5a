package org.pawprints.ritual;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Two partners, each on their own phone (one in English, one in French), plan rituals in the module
 * as any participant would; one ticks, the other sees the tick; streaks show; a tampered tick is
 * refused with a message.
 */
@BrowserTest
class RitualsBrowserIT {

  private static final String TRACKER = "/my/rituals.xhtml";
  private static final String PLANNER =
      "/my/module.xhtml?step=rituals-of-connection&at=e-one-ritual-to-try";
  private static final String KISS = "six-second-kiss";
  private static final String WALK = "evening-walk";
  private static final Pattern PARTNER_DONE = Pattern.compile("\\bpp-partner-done\\b");

  @Test
  void oneTicksTheOtherSeesTheTick(Visitors visitors) {
    Couple couple = visitors.people().couple("noah", "en", "lea", "fr");
    String today = LocalDate.now(ZoneId.of("America/Toronto")).toString();
    Page noah = visitors.open("en-CA");
    visitors.signIn(noah, couple.first().email(), couple.first().password());
    Page lea = visitors.open("fr-CA");
    visitors.signInWithoutOpening(lea, couple.second().email(), couple.second().password());

    // Nothing planned yet: a calm way to the planner, from the dashboard.
    noah.locator("#practice-link").click();
    noah.locator("#rituals-link").click();
    assertThat(noah.locator("#nothing-planned")).containsText("You haven't planned a ritual yet.");
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "rituals-empty-en");
    noah.locator("#plan-a-ritual").click();
    assertThat(noah.locator("#screen-title")).containsText("One ritual I’d love us to try");
    plan(noah, "DAILY", "Tea at nine <script>alert(1)</script> ☕", KISS);
    assertThat(noah.locator("#answer\\:messages")).containsText("Your answer is saved.");

    // Before Léa plans, Noah sees only his own rituals.
    noah.navigate(visitors.url(TRACKER));
    assertThat(noah.locator("#partner-line"))
        .containsText("Your partner's rituals will appear here once you've both planned yours.");
    assertThat(noah.locator("section.pp-ritual")).hasCount(2);
    assertThat(noah.locator("#ritual-mine-custom-name"))
        .hasText("Tea at nine <script>alert(1)</script> ☕");
    Locator noahsKiss = day(noah, "mine-" + KISS, today);
    assertThat(noahsKiss).hasAttribute("aria-pressed", "false");
    noahsKiss.click();
    assertThat(noah.locator("#tracker\\:messages")).containsText("Ticked.");
    assertThat(day(noah, "mine-" + KISS, today)).hasAttribute("aria-pressed", "true");
    assertThat(noah.locator("#ritual-mine-" + KISS + "-mine-count"))
        .hasText("You: 1 of 7 this week.");
    // A double tap on his own ritual still makes one tick.
    day(noah, "mine-custom", today).dblclick();
    assertThat(day(noah, "mine-custom", today)).hasAttribute("aria-pressed", "true");
    assertEquals("1", ticks(visitors, couple.first(), "custom"));
    Accessibility.assertNoSeriousViolations(noah);

    // Léa plans in French, then sees both plans and Noah's tick.
    lea.navigate(visitors.url(PLANNER));
    plan(lea, "WEEKLY", "", KISS, WALK);
    assertThat(lea.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    lea.navigate(visitors.url("/my/index.xhtml"));
    lea.locator("#practice-link").click();
    lea.locator("#rituals-link").click();
    assertThat(lea.locator("#rituals-heading")).hasText("Nos rituels");
    assertThat(lea.locator("#partner-line")).containsText("portent une empreinte");
    assertThat(lea.locator("#ritual-both-" + KISS + "-name"))
        .containsText("Un baiser de six secondes");
    assertThat(partnerDay(lea, "both-" + KISS, today)).hasClass(PARTNER_DONE);
    assertThat(partnerDay(lea, "both-" + KISS, today)).containsText("Votre partenaire l’a fait.");
    assertThat(lea.locator("#ritual-partner-custom-name")).containsText("Tea at nine");
    assertThat(lea.locator("#ritual-partner-custom button")).hasCount(0);
    day(lea, "mine-" + WALK, today).click();
    assertThat(lea.locator("#tracker\\:messages")).containsText("C’est coché.");
    assertThat(lea.locator("#ritual-mine-" + WALK + "-mine-streak"))
        .hasText("Vous : 1 semaine de suite comme prévu.");
    Accessibility.assertNoSeriousViolations(lea);
    visitors.screenshot(lea, "rituals-fr");

    // Noah sees Léa's ritual and her tick, and her streak.
    noah.reload();
    assertThat(noah.locator("#partner-line")).containsText("paw print");
    assertThat(partnerDay(noah, "partner-" + WALK, today)).hasClass(PARTNER_DONE);
    assertThat(noah.locator("#ritual-partner-" + WALK + "-partner-streak"))
        .hasText("Your partner: 1 week in a row as planned.");
    assertThat(noah.locator("#ritual-both-" + KISS + "-mine-streak"))
        .containsText("You: no streak yet.");
    Accessibility.assertNoSeriousViolations(noah);
    visitors.screenshot(noah, "rituals-en");

    // A mis-tap is taken back, and Léa no longer sees it.
    day(noah, "both-" + KISS, today).click();
    assertThat(noah.locator("#tracker\\:messages")).containsText("Tick taken back.");
    assertThat(day(noah, "both-" + KISS, today)).hasAttribute("aria-pressed", "false");
    lea.reload();
    assertThat(partnerDay(lea, "both-" + KISS, today)).not().hasClass(PARTNER_DONE);

    // Last week can still be ticked; an unknown week shows this week.
    noah.locator("#last-week").click();
    assertThat(noah.locator("#week-label")).containsText("Last week");
    assertThat(noah.locator("button[data-ritual='" + KISS + "']")).hasCount(7);
    Accessibility.assertNoSeriousViolations(noah);
    noah.navigate(visitors.url(TRACKER + "?week=<script>"));
    assertThat(noah.locator("#week-label")).containsText("This week");
  }

  @Test
  void aTamperedTickIsRefusedWithAMessage(Visitors visitors) {
    Couple couple = visitors.people().couple("omar", "en", "ines", "fr");
    String today = LocalDate.now(ZoneId.of("America/Toronto")).toString();
    Page omar = visitors.open("en-CA");
    visitors.signIn(omar, couple.first().email(), couple.first().password(), PLANNER);
    Page ines = visitors.open("fr-CA");
    visitors.signInWithoutOpening(ines, couple.second().email(), couple.second().password());
    plan(omar, "DAILY", "", KISS);
    ines.navigate(visitors.url(PLANNER));
    plan(ines, "DAILY", "", WALK);
    assertThat(ines.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");

    // Omar's browser sends Inès's ritual instead of his own: refused, nothing saved.
    omar.navigate(visitors.url(TRACKER));
    tampered(omar, body -> body.replace("ritual=" + KISS, "ritual=" + WALK));
    day(omar, "mine-" + KISS, today).click();
    assertThat(omar.locator("#tracker\\:messages")).containsText("That ritual isn't in your plan");
    assertEquals("0", ticks(visitors, couple.first(), WALK));
    assertEquals("0", ticks(visitors, couple.second(), WALK));

    // A day in the future, and a day that is not a date.
    omar.navigate(visitors.url(TRACKER));
    String tomorrow = LocalDate.parse(today).plusDays(1).toString();
    tampered(omar, body -> body.replace("day=" + today, "day=" + tomorrow));
    day(omar, "mine-" + KISS, today).click();
    assertThat(omar.locator("#tracker\\:messages")).containsText("That day hasn't come yet.");
    omar.navigate(visitors.url(TRACKER));
    tampered(omar, body -> body.replace("day=" + today, "day=someday"));
    day(omar, "mine-" + KISS, today).click();
    assertThat(omar.locator("#tracker\\:messages")).containsText("That day couldn't be read.");
    assertEquals("0", ticks(visitors, couple.first(), KISS));
    Accessibility.assertNoSeriousViolations(omar);

    // Without tampering, the same button works.
    omar.unroute("**" + TRACKER + "*");
    omar.navigate(visitors.url(TRACKER));
    day(omar, "mine-" + KISS, today).click();
    assertThat(day(omar, "mine-" + KISS, today)).hasAttribute("aria-pressed", "true");
    assertEquals("1", ticks(visitors, couple.first(), KISS));
  }

  /** Picks suggestions by id, writes an own ritual, chooses a frequency and saves. */
  private static void plan(Page page, String frequency, String custom, String... suggestions) {
    for (String suggestion : suggestions) {
      String id = page.locator("#answer input[value='" + suggestion + "']").getAttribute("id");
      page.locator("label[for='" + id + "']").click();
    }
    if (!custom.isEmpty()) {
      page.locator("#answer\\:custom").fill(custom);
    }
    page.locator("#answer\\:frequency_input").selectOption(frequency);
    page.locator("#answer\\:save").click();
  }

  private static Locator day(Page page, String ritualId, String iso) {
    return page.locator("#ritual-" + ritualId + " button[data-day='" + iso + "']");
  }

  private static Locator partnerDay(Page page, String ritualId, String iso) {
    return page.locator("#ritual-" + ritualId + " [data-partner-day='" + iso + "']");
  }

  /** Rewrites the next tick the page sends, as a tampering visitor would. */
  private static void tampered(Page page, UnaryOperator<String> rewrite) {
    page.unroute("**" + TRACKER + "*");
    page.route(
        "**" + TRACKER + "*",
        route -> {
          String body = route.request().postData();
          if (body != null && body.contains("ritual=")) {
            route.resume(new Route.ResumeOptions().setPostData(rewrite.apply(body)));
          } else {
            route.resume();
          }
        });
  }

  private static String ticks(Visitors visitors, TestPerson person, String ritual) {
    return visitors
        .people()
        .queryOne(
            "SELECT COUNT(*) FROM ritual_tick WHERE person_id = "
                + person.id()
                + " AND ritual_key = '"
                + ritual
                + "'");
  }
}
