package org.pawprints.couple;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Two partners in their own browsers (one English, one French): reactions after the reveal, the
 * visibility chooser (shared right away shows before the partner answers; private never shows), and
 * the facilitator's progress page, which shows counts and never a word.
 */
@BrowserTest
class ReactionsBrowserIT {

  private static final String EXERCISE =
      "/my/module.xhtml?step=gentle-start-up&at=e-what-helps-me-listen";
  private static final String OTHER_SHARED =
      "/my/module.xhtml?step=appreciation&at=e-an-appreciation-ive-been-meaning-to-say";
  private static final String NOT_SHARED =
      "/my/module.xhtml?step=gentle-start-up&at=e-rewrite-the-kitchen";

  @Test
  void afterTheRevealEachPartnerReactsAndTheOtherSeesIt(Visitors visitors) {
    Couple couple = visitors.people().couple("noor", "en", "lou", "fr");
    Page noor = signedIn(visitors, "en-CA", couple.first());
    Page lou = signedIn(visitors, "fr-CA", couple.second());

    noor.navigate(visitors.url(EXERCISE));
    assertThat(noor.locator("#answer\\:react-thank-you")).hasCount(0);
    answer(noor, "When you ask one question, then wait.");
    assertThat(noor.locator("#answer\\:react-thank-you")).hasCount(0);

    lou.navigate(visitors.url(EXERCISE));
    answer(lou, "Quand tu poses ton téléphone. 🌙");
    assertThat(lou.locator("#reveal-partner")).containsText("one question");
    lou.locator("#answer\\:react-i-see-you").click();
    assertThat(lou.locator("#answer\\:messages")).containsText("Votre réaction est en route");
    assertThat(lou.locator("#reaction-given")).containsText("Je te vois");
    assertThat(lou.locator("#answer\\:react-i-see-you")).hasAttribute("aria-pressed", "true");
    Accessibility.assertNoSeriousViolations(lou);
    visitors.screenshot(lou, "reaction-fr");

    noor.reload();
    assertThat(noor.locator("#reaction-received")).containsText("I see you");
    noor.locator("#answer\\:react-talk-tonight").click();
    assertThat(noor.locator("#reaction-given")).containsText("Let's talk about this tonight");
    Accessibility.assertNoSeriousViolations(noor);
    visitors.screenshot(noor, "reaction-en");

    lou.reload();
    assertThat(lou.locator("#reaction-received")).containsText("On s’en parle ce soir");
    // Changeable: Lou's reaction becomes "Merci", and Noor sees the new one.
    lou.locator("#answer\\:react-thank-you").click();
    assertThat(lou.locator("#reaction-given")).containsText("Merci");
    noor.reload();
    assertThat(noor.locator("#reaction-received")).containsText("Thank you");

    TestPeople people = visitors.people();
    assertEquals(
        "2",
        people.queryOne(
            "SELECT COUNT(*) FROM notification WHERE kind = 'PARTNER_REACTED' AND recipient_id = "
                + couple.first().id()));
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM notification WHERE kind = 'REVEAL_READY' AND recipient_id = "
                + couple.first().id()));
  }

  @Test
  void sharedRightAwayShowsBeforeMyPartnerAnswersAndPrivateNeverShows(Visitors visitors) {
    Couple couple = visitors.people().couple("ari", "en", "bea", "fr");
    Page ari = signedIn(visitors, "en-CA", couple.first());
    Page bea = signedIn(visitors, "fr-CA", couple.second());

    // Ari shares right away: Bea reads it before writing a word of her own.
    ari.navigate(visitors.url(EXERCISE));
    assertThat(ari.locator("#visibility-legend")).hasText("Who can see this answer?");
    choose(ari, "My partner, right away");
    assertThat(ari.locator("#answer\\:messages"))
        .containsText("Your partner can see this answer as soon as it's finished.");
    answer(ari, "Eye contact, and the kettle on.");
    Accessibility.assertNoSeriousViolations(ari);
    visitors.screenshot(ari, "visibility-en");

    bea.navigate(visitors.url(EXERCISE + "&person=" + couple.first().id()));
    assertThat(bea.locator("#partner-shared-answer"))
        .containsText("Eye contact, and the kettle on.");
    assertThat(bea.locator("#answer\\:text")).hasValue("");

    // Bea keeps hers private: Ari never sees it, nor learns that it exists, even after answering.
    bea.navigate(visitors.url(OTHER_SHARED));
    choose(bea, "Moi seulement");
    assertThat(bea.locator("#answer\\:messages")).containsText("Vous seul ou seule voyez");
    String beas = "Merci d’avoir préparé le souper mardi, sans que je le demande.";
    answer(bea, beas);
    assertThat(bea.locator("#partner-status")).containsText("Vous gardez cette réponse pour vous.");
    Accessibility.assertNoSeriousViolations(bea);
    visitors.screenshot(bea, "visibility-private-fr");

    ari.navigate(visitors.url(OTHER_SHARED));
    assertThat(ari.locator("#partner-status")).containsText("Your partner hasn't answered yet.");
    answer(ari, "Thank you for the porch light.");
    assertThat(ari.locator("#partner-status")).containsText("Your partner hasn't answered yet.");
    assertThat(ari.locator("#reveal-pair")).hasCount(0);
    assertThat(ari.locator("body")).not().containsText("souper");

    // A non-shared exercise is private unless shared: nothing shows, and no partner section.
    ari.navigate(visitors.url(NOT_SHARED));
    assertThat(ari.locator("#answer\\:visibility input:checked")).hasValue("PRIVATE");
    ari.locator("#answer\\:text").fill("Could we clear the counter together tonight?");
    ari.locator("#answer\\:save").click();
    assertThat(ari.locator("#answer\\:messages")).containsText("Your answer is saved.");
    bea.navigate(visitors.url(NOT_SHARED));
    assertThat(bea.locator("#partner-shared-answer")).hasCount(0);
    assertThat(bea.locator("body")).not().containsText("counter together");
  }

  @Test
  void theFacilitatorSeesCountsNeverWordsInEnglishAndFrench(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("mia", "en", "theo", "fr");
    TestPerson solo = people.participantIn(couple.cohortId(), "sol", "en");
    // Five participants: the smallest cohort that gets counts (issue 10, rule 6).
    people.participantIn(couple.cohortId(), "noa", "en");
    people.participantIn(couple.cohortId(), "kai", "fr");
    TestPerson fay = people.facilitatorOf(couple.cohortId(), "fay", "en");
    TestPerson fred = people.facilitatorOf(couple.cohortId(), "fred", "fr");
    TestPerson other = people.create("otto", "en", "FACILITATOR");

    String secret = "Marmalade on the balcony at dawn";
    Page mia = signedIn(visitors, "en-CA", couple.first(), EXERCISE);
    answer(mia, secret);
    Page theo = signedIn(visitors, "fr-CA", couple.second(), EXERCISE);
    answer(theo, "Un secret de Théo");
    Page sol = signedIn(visitors, "en-CA", solo, EXERCISE);
    answer(sol, "Sol's own words");
    // Sol chooses to show one other answer to the facilitators, and only that one.
    sol.navigate(visitors.url(NOT_SHARED));
    sol.locator("#answer\\:with-facilitator").check();
    assertThat(sol.locator("#answer\\:messages")).containsText("Your facilitator can now read");
    answer(sol, "Sol asks the facilitator: is this gentle enough?");
    Accessibility.assertNoSeriousViolations(sol);

    Page facilitator =
        signedIn(visitors, "en-CA", fay, "/facilitate/cohort.xhtml?id=" + couple.cohortId());
    facilitator.locator("#progress-link").click();
    assertThat(facilitator.locator("#progress-title")).hasText("Progress, by module");
    Locator gentle = facilitator.locator("section[data-step=gentle-start-up]");
    // Three of five, and none of five, would point at people: ranges, never exact numbers.
    assertThat(gentle.locator(".pp-count-started")).hasText("all but at most 2");
    assertThat(gentle.locator(".pp-count-answered")).hasText("all but at most 2");
    assertThat(gentle.locator(".pp-count-completed")).hasText("fewer than 3");
    assertThat(facilitator.locator("#progress-bands")).containsText("shown as a range");
    assertThat(gentle.locator(".pp-count-revealed")).containsText("too few couples");
    assertThat(facilitator.locator("body")).not().containsText("Marmalade");
    assertThat(facilitator.locator("body")).not().containsText("Mia");
    assertThat(facilitator.locator("body")).not().containsText("Sol");
    Accessibility.assertNoSeriousViolations(facilitator);
    visitors.screenshot(facilitator, "progress-en");

    // What Sol shared, and nothing else, on its own page.
    facilitator.locator("#shared-link").click();
    assertThat(facilitator.locator("#shared-title")).hasText("Answers shared with you");
    assertThat(facilitator.locator(".pp-shared-answer")).hasCount(1);
    assertThat(facilitator.locator(".pp-shared-answer")).containsText("is this gentle enough?");
    assertThat(facilitator.locator("body")).not().containsText("Sol's own words");
    assertThat(facilitator.locator("body")).not().containsText("Marmalade");
    Accessibility.assertNoSeriousViolations(facilitator);
    visitors.screenshot(facilitator, "shared-with-facilitator-en");

    Page fr =
        signedIn(visitors, "fr-CA", fred, "/facilitate/progress.xhtml?cohort=" + couple.cohortId());
    assertThat(fr.locator("#progress-title")).hasText("Progression, par module");
    assertThat(fr.locator("section[data-step=gentle-start-up] .pp-count-answered"))
        .hasText("tous sauf 2 au plus");
    assertThat(fr.locator("section[data-step=gentle-start-up] .pp-count-completed"))
        .hasText("moins de 3");
    assertThat(fr.locator("body")).not().containsText("Théo");
    assertThat(fr.locator("body")).not().containsText("Marmalade");
    Accessibility.assertNoSeriousViolations(fr);
    visitors.screenshot(fr, "progress-fr");

    // Another cohort's facilitator and a participant are refused; an unknown cohort is not found.
    Page outsider = signedIn(visitors, "en-CA", other);
    String url = visitors.url("/facilitate/progress.xhtml?cohort=" + couple.cohortId());
    assertEquals(403, outsider.navigate(url).status());
    assertEquals(403, mia.navigate(url).status());
    String sharedUrl = visitors.url("/facilitate/shared.xhtml?cohort=" + couple.cohortId());
    assertEquals(403, outsider.navigate(sharedUrl).status());
    assertEquals(403, mia.navigate(sharedUrl).status());
    // Not theirs (whether it exists or not: nothing is told).
    assertEquals(
        403, facilitator.navigate(visitors.url("/facilitate/progress.xhtml?cohort=1")).status());
    assertEquals(
        404, facilitator.navigate(visitors.url("/facilitate/progress.xhtml?cohort=x")).status());

    // Administrators see the same counts under /admin/.
    Page admin =
        signedIn(
            visitors,
            "en-CA",
            visitors.admin().person(),
            "/admin/progress.xhtml?cohort=" + couple.cohortId());
    assertThat(admin.locator("section[data-step=gentle-start-up] .pp-count-answered"))
        .hasText("all but at most 2");
    assertThat(admin.locator("body")).not().containsText("Marmalade");
  }

  private static Page signedIn(Visitors visitors, String locale, TestPerson person) {
    Page page = visitors.open(locale);
    visitors.signIn(page, person.email(), person.password());
    return page;
  }

  /** Signs in and opens {@code path} straight away. */
  private static Page signedIn(Visitors visitors, String locale, TestPerson person, String path) {
    return visitors.signIn(visitors.open(locale), person.email(), person.password(), path);
  }

  private static void answer(Page page, String text) {
    page.locator("#answer\\:text").fill(text);
    page.locator("#answer\\:save").click();
    assertThat(page.locator("#answer\\:messages"))
        .containsText(
            page.locator("html").getAttribute("lang").startsWith("fr")
                ? "Votre réponse est enregistrée."
                : "Your answer is saved.");
  }

  /** Picks a visibility by its label, as a person taps it. */
  private static void choose(Page page, String label) {
    page.locator("#visibility-chooser label")
        .getByText(label, new Locator.GetByTextOptions().setExact(true))
        .click();
  }
}
