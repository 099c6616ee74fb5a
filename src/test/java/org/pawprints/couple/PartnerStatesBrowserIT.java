package org.pawprints.couple;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.SoloCohort;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 13: the partner card says what is true in each state: no partner yet, a code not used,
 * invited but not joined, joined but not accepted, paired; the partner page of a couple links to
 * what the two share before "leave this couple".
 */
@BrowserTest
class PartnerStatesBrowserIT {

  @Test
  void theCardNamesEachStatePlainly(Visitors visitors) {
    SoloCohort cohort = visitors.people().soloParticipants("noah", "en", "lea", "en");
    TestPerson noahPerson = cohort.person(0);
    TestPerson leaPerson = cohort.person(1);
    Page noah = visitors.open("en-CA");
    visitors.signIn(noah, noahPerson.email(), noahPerson.password());
    assertThat(noah.locator("#partner-card-solo"))
        .hasText("You have no partner in this group yet.");

    noah.locator("#partner-card-form\\:get-code").click();
    assertThat(noah.locator("#partner-card-solo"))
        .hasText("Your code is ready: your partner hasn’t used it yet.");

    // Invited by email at an address that is not in the group.
    noah.navigate(visitors.url("/my/partner.xhtml"));
    String stranger = TestPeople.uniqueEmail("stranger");
    noah.locator("[id$='invite:email']").fill(stranger);
    noah.locator("[id$='invite:send']").click();
    noah.navigate(visitors.url("/my/index.xhtml"));
    assertThat(noah.locator("#partner-card-solo"))
        .hasText("Your partner is invited (" + stranger + ") but hasn’t joined yet.");

    // Invited at the address of someone already in the group, who has not accepted yet.
    noah.navigate(visitors.url("/my/partner.xhtml"));
    noah.locator("[id$='invite:email']").fill(leaPerson.email());
    noah.locator("[id$='invite:send']").click();
    assertThat(noah.locator(".pp-partner-state"))
        .containsText("has joined the group but hasn’t accepted the pairing yet");
    noah.navigate(visitors.url("/my/index.xhtml"));
    assertThat(noah.locator("#partner-card-solo"))
        .hasText(
            "Your partner ("
                + leaPerson.email()
                + ") has joined the group but hasn’t accepted the pairing yet.");
    Accessibility.assertNoSeriousViolations(noah);
  }

  @Test
  void enFrançaisLaPageDuCoupleMèneÀCeQuiEstPartagéAvantDeQuitter(Visitors visitors) {
    TestPeople.Couple couple = visitors.people().couple("chloe", "fr", "remi", "fr");
    Page chloe = visitors.open("fr-CA");
    visitors.signIn(chloe, couple.first().email(), couple.first().password());
    assertThat(chloe.locator("#partner-card-paired")).containsText("Remi est votre partenaire.");
    chloe.locator("#partner-card-manage").click();
    assertThat(chloe.locator("#next-together"))
        .containsText("choisissez un petit rituel avec Remi");
    assertThat(chloe.locator("#shared-links")).containsText("Les réponses révélées");
    assertThat(chloe.locator("#shared-links")).containsText("Rituels");
    Accessibility.assertNoSeriousViolations(chloe);
    // Leaving stays available, below, and asks first.
    chloe.locator("[id$='leave:start']").click();
    assertThat(chloe.locator("#leave-confirmation")).isVisible();
    chloe.locator("[id$='leave:cancel']").click();
    assertThat(chloe.locator(".pp-partner-state")).containsText("Remi et vous êtes partenaires");

    Page solo = visitors.open("fr-CA");
    TestPerson seul = visitors.people().participant("seul", "fr");
    visitors.signIn(solo, seul.email(), seul.password());
    assertThat(solo.locator("#partner-card-solo"))
        .hasText("Vous n’avez pas encore de partenaire dans ce groupe.");
    Accessibility.assertNoSeriousViolations(solo);
  }
}
