package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 10, rules 1 and 8, tried in the browser as people would: a partner of an earlier couple in
 * an archived cohort after a second pairing, the new partner reading what was given to the earlier
 * one, and a facilitator of one cohort reading what the same participant shared in another. The
 * whole HTML of every page each of them reaches (Ana's id slipped into the URL) must hold none of
 * the marked words that are not theirs; the one they were given shows, so the markers are real.
 */
@BrowserTest
class PartnerLinesBrowserIT {

  private static final String SHARED =
      "/my/module.xhtml?step=gentle-start-up&at=e-what-helps-me-listen";
  private static final String OWN =
      "/my/module.xhtml?step=gentle-start-up&at=e-rewrite-the-kitchen";

  private static final List<String> PARTICIPANT_PAGES =
      List.of(
          "/my/index.xhtml",
          SHARED,
          OWN,
          "/my/practice.xhtml",
          "/my/bids.xhtml",
          "/my/appreciations.xhtml",
          "/my/rituals.xhtml",
          "/my/closeness.xhtml",
          "/my/partner.xhtml",
          "/account/notifications.xhtml");

  @Test
  void anExPartnerInAnArchivedCohortReadsNothingOnceAnaPairsAgain(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple first = people.couple("ana", "en", "ben", "fr");
    TestPerson ana = first.first();
    TestPerson ben = first.second();
    String tag = Long.toString(System.nanoTime(), 36);
    String forBen = "given-to-ben-" + tag;
    String forCai = "given-to-cai-" + tag;
    String bid = "bid-for-cai-" + tag;
    String note = "note-for-cai-" + tag;

    // Ana and Ben, a couple of the spring group: the reveal shows Ana's words to Ben.
    Page anaPage = signedIn(visitors, "en-CA", ana, SHARED);
    answer(anaPage, forBen);
    Page benPage = signedIn(visitors, "fr-CA", ben, SHARED);
    answer(benPage, "Les mots de Ben");
    assertThat(benPage.locator("#reveal-partner")).containsText(forBen);

    // The spring group ends; Ben can still leave the couple there, and says so in French.
    people.execute("UPDATE cohort SET archived = TRUE WHERE id = ?", first.cohortId());
    benPage.navigate(visitors.url("/my/partner.xhtml"));
    assertThat(benPage.locator("#archived-paired"))
        .containsText("Vous pouvez encore quitter votre couple ici.");
    assertThat(benPage.locator("[id$='leave:start']")).isVisible();
    Accessibility.assertNoSeriousViolations(benPage);

    // Ana joins the autumn group and pairs with Cai there.
    TestPeople.SoloCohort autumn = people.soloParticipants("cai", "en");
    TestPerson cai = autumn.person(0);
    people.execute(
        "INSERT INTO cohort_member (cohort_id, person_id, joined_at)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP)",
        autumn.cohortId(),
        ana.id());
    people.execute(
        "INSERT INTO couple (id, cohort_id, person_a, person_b, created_at)"
            + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
        500_000_000L + autumn.cohortId(),
        autumn.cohortId(),
        ana.id(),
        cai.id());

    // Ana shares with Cai: an answer right away, a bid, an appreciation note.
    anaPage.navigate(visitors.url(OWN));
    choose(anaPage, "My partner, right away");
    answer(anaPage, forCai);
    anaPage.navigate(visitors.url("/my/bids.xhtml"));
    anaPage.locator("#bid\\:note").fill(bid);
    anaPage.locator("#bid\\:share .ui-chkbox-box").click();
    anaPage.locator("#bid\\:log").click();
    assertThat(anaPage.locator("#my-bids")).containsText(bid);
    anaPage.navigate(visitors.url("/my/appreciations.xhtml"));
    anaPage.locator("#notes\\:text").fill(note);
    anaPage.locator("#notes\\:send").click();
    assertThat(anaPage.locator("main")).containsText(note);

    // Cai, the current partner, reads what was given to Cai, and never what was given to Ben,
    // even after answering the exercise Ana answered for Ben.
    Page caiPage = signedIn(visitors, "en-CA", cai, OWN);
    assertThat(caiPage.locator("#partner-shared-answer")).containsText(forCai);
    caiPage.navigate(visitors.url("/my/bids.xhtml"));
    assertThat(caiPage.locator("main")).containsText(bid);
    caiPage.navigate(visitors.url("/my/appreciations.xhtml"));
    assertThat(caiPage.locator("main")).containsText(note);
    caiPage.navigate(visitors.url(SHARED));
    answer(caiPage, "Cai's own words");
    assertThat(caiPage.locator("#reveal-partner")).hasCount(0);
    sweep(visitors, caiPage, tampered(ana), List.of(forBen));

    // Ben, the former partner: nothing of Ana's any more, old or new, on any page.
    sweep(visitors, benPage, tampered(ana), List.of(forBen, forCai, bid, note));
    benPage.navigate(visitors.url(SHARED));
    assertThat(benPage.locator("#reveal-partner")).hasCount(0);
    Accessibility.assertNoSeriousViolations(benPage);

    // Ben leaves the couple of the archived group: it works, and Ben is on his own there.
    benPage.navigate(visitors.url("/my/partner.xhtml"));
    benPage.locator("[id$='leave:start']").click();
    assertThat(benPage.locator("#leave-confirmation")).isVisible();
    benPage.locator("[id$='leave:confirm']").click();
    assertThat(benPage.locator("main")).containsText("Vous avez quitté le couple.");
    assertThat(benPage.locator("[id$='leave:start']")).hasCount(0);
  }

  @Test
  void aFacilitatorOfAnotherCohortOfLeaReadsNothingSharedInTheFirst(Visitors visitors) {
    TestPeople people = visitors.people();
    TestPeople.SoloCohort spring = people.soloParticipants("lea", "fr");
    TestPerson lea = spring.person(0);
    TestPerson fay = people.facilitatorOf(spring.cohortId(), "fay", "fr");
    String tag = Long.toString(System.nanoTime(), 36);
    String forFay = "pour-fay-" + tag;
    String forGus = "pour-gus-" + tag;

    // In the spring group, Léa shows one answer to her facilitator, Fay.
    Page leaPage = signedIn(visitors, "fr-CA", lea, OWN);
    leaPage.locator("#answer\\:with-facilitator").check();
    assertThat(leaPage.locator("#answer\\:messages"))
        .containsText("L’animation peut maintenant lire");
    answer(leaPage, forFay);
    Page fayPage =
        signedIn(visitors, "fr-CA", fay, "/facilitate/shared.xhtml?cohort=" + spring.cohortId());
    assertThat(fayPage.locator(".pp-shared-answer")).containsText(forFay);

    // Léa joins the autumn group, facilitated by Gus.
    TestPeople.SoloCohort autumn = people.soloParticipants("max", "fr");
    TestPerson gus = people.facilitatorOf(autumn.cohortId(), "gus", "fr");
    people.execute(
        "INSERT INTO cohort_member (cohort_id, person_id, joined_at)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP)",
        autumn.cohortId(),
        lea.id());
    Page gusPage = signedIn(visitors, "fr-CA", gus);
    List<String> gusPages =
        List.of(
            "/facilitate/shared.xhtml?cohort=" + autumn.cohortId(),
            "/facilitate/progress.xhtml?cohort=" + autumn.cohortId(),
            "/facilitate/cohort.xhtml?id=" + autumn.cohortId(),
            "/facilitate/shared.xhtml?cohort=" + spring.cohortId(),
            "/account/notifications.xhtml?id=" + lea.id());
    sweep(visitors, gusPage, gusPages, List.of(forFay));
    assertEquals(
        403,
        gusPage
            .navigate(visitors.url("/facilitate/shared.xhtml?cohort=" + spring.cohortId()))
            .status());

    // In the autumn group the choice starts unticked: sharing there is a new choice, for Gus.
    leaPage.navigate(visitors.url(OWN));
    assertFalse(leaPage.locator("#answer\\:with-facilitator").isChecked());
    leaPage.locator("#answer\\:with-facilitator").check();
    assertThat(leaPage.locator("#answer\\:messages"))
        .containsText("L’animation peut maintenant lire");
    answer(leaPage, forGus);
    gusPage.navigate(visitors.url("/facilitate/shared.xhtml?cohort=" + autumn.cohortId()));
    assertThat(gusPage.locator(".pp-shared-answer")).containsText(forGus);
    Accessibility.assertNoSeriousViolations(gusPage);

    // Fay, the spring group's facilitator, no longer reads Léa's answer: it is given in autumn.
    List<String> fayPages =
        List.of(
            "/facilitate/shared.xhtml?cohort=" + spring.cohortId(),
            "/facilitate/progress.xhtml?cohort=" + spring.cohortId(),
            "/facilitate/cohort.xhtml?id=" + spring.cohortId(),
            "/facilitate/shared.xhtml?cohort=" + autumn.cohortId());
    sweep(visitors, fayPage, fayPages, List.of(forFay, forGus));
  }

  // ----- Helpers -----

  /** Every participant page with Ana's id slipped in, as a curious person would try. */
  private static List<String> tampered(TestPerson author) {
    List<String> pages = new ArrayList<>();
    for (String path : PARTICIPANT_PAGES) {
      String joiner = path.contains("?") ? "&" : "?";
      pages.add(path + joiner + "id=" + author.id() + "&person=" + author.id());
    }
    return pages;
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
    assertThat(page.locator("#answer\\:visibility input:checked")).hasValue("SHARED_NOW");
  }

  /**
   * Every page's whole HTML, whatever its status (a 403 page must not leak either), as the server
   * sends it: these pages load nothing more after they open, so rendering them would add nothing.
   */
  private static void sweep(
      Visitors visitors, Page page, List<String> paths, List<String> secrets) {
    for (String path : paths) {
      String html = visitors.html(page, path);
      for (String secret : secrets) {
        assertFalse(html.contains(secret), path + " shows " + secret);
      }
    }
  }
}
