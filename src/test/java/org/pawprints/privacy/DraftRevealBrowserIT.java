package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.Visitors;

/**
 * Issue 10, rule 7, in two browsers (one partner in English, one in French): a partner sees a
 * finished answer, never a draft. What autosave kept stays with its author until "Done"; an edit
 * after "Done" stays a draft, and the partner keeps the last finished text until the next "Done".
 * Each step checks the partner's whole page for the author's marked words, not only a box.
 */
@BrowserTest
class DraftRevealBrowserIT {

  private static final String EXERCISE =
      "/my/module.xhtml?step=gentle-start-up&at=e-what-helps-me-listen";

  @Test
  void aPartnerSeesWhatWasMarkedDoneAndNeverTheDraft(Visitors visitors) {
    Couple couple = visitors.people().couple("maya", "en", "theo", "fr");
    Page maya = visitors.open("en-CA");
    visitors.signInWithoutOpening(maya, couple.first().email(), couple.first().password());
    Page theo = visitors.open("fr-CA");
    visitors.signInWithoutOpening(theo, couple.second().email(), couple.second().password());

    // Maya types; autosave keeps it as her private draft.
    String draft = "DRAFT-7f3a a walk after dinner, but I am still thinking";
    maya.navigate(visitors.url(EXERCISE));
    maya.locator("#answer\\:text").fill(draft);
    assertThat(maya.locator("#stage-draft")).containsText("Saved as a draft: only you can see it.");
    assertEquals(draft, storedDraftOf(visitors.people(), couple.first().id()), "autosaved");
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "answer-draft-en");

    // Theo sees nothing of it: not the words, not even that Maya started.
    theo.navigate(visitors.url(EXERCISE));
    assertThat(theo.locator("#partner-status"))
        .containsText("Votre partenaire n’a pas encore répondu.");
    assertFalse(theo.content().contains("DRAFT-7f3a"), "a draft reaches the partner's page");
    assertEquals("0", notices(visitors.people(), couple.second().id()), "a draft tells nobody");

    // Maya presses Done.
    String done = "DONE-51c2 a walk after dinner helps me listen";
    maya.locator("#answer\\:text").fill(done);
    maya.locator("#answer\\:save").click();
    assertThat(maya.locator("#answer\\:messages")).containsText("Your answer is saved.");
    assertThat(maya.locator("#stage-done")).containsText("Done: your partner may see it");
    assertThat(maya.locator("#edit-again")).isVisible();
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "answer-done-en");

    // Theo answers, and the reveal shows Maya's finished words.
    theo.reload();
    assertThat(theo.locator("#partner-status"))
        .containsText("Votre partenaire a répondu — ajoutez votre réponse pour voir les deux.");
    assertFalse(theo.content().contains("DONE-51c2"), "not before Theo answers");
    theo.locator("#answer\\:text").fill("Quand tu poses ton téléphone.");
    theo.locator("#answer\\:save").click();
    assertThat(theo.locator("#answer\\:messages")).containsText("Votre réponse est enregistrée.");
    assertThat(theo.locator("#stage-done")).containsText("Terminé : votre partenaire peut la voir");
    assertThat(theo.locator("#reveal-partner")).containsText(done);
    assertFalse(theo.content().contains("DRAFT-7f3a"));
    Accessibility.assertNoSeriousViolations(theo);
    visitors.screenshot(theo, "answer-done-fr");

    // Maya edits after Done: a draft again, only hers; Theo keeps the finished text.
    String edited = "EDIT-9b0d a walk, and no phones at the table";
    maya.reload();
    maya.locator("#edit-again").click();
    maya.locator("#answer\\:text").fill(edited);
    assertThat(maya.locator("#stage-changed"))
        .containsText("Your partner may still see the version you marked done.");
    assertEquals(edited, storedDraftOf(visitors.people(), couple.first().id()), "autosaved");
    assertThat(maya.locator("#reveal-mine")).not().containsText("EDIT-9b0d");
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "answer-changed-en");

    theo.reload();
    assertThat(theo.locator("#reveal-partner")).containsText(done);
    assertFalse(theo.content().contains("EDIT-9b0d"), "an edit reaches the partner before Done");

    // Nothing typed is lost: Maya comes back to her edit, and Done shares it.
    maya.reload();
    assertThat(maya.locator("#answer\\:text")).hasValue(edited);
    assertThat(maya.locator("#stage-changed")).isVisible();
    maya.locator("#answer\\:save").click();
    assertThat(maya.locator("#stage-done")).isVisible();
    theo.reload();
    assertThat(theo.locator("#reveal-partner")).containsText(edited);
    assertFalse(theo.content().contains("DONE-51c2"));
  }

  @Test
  void doneWithNothingWrittenIsRefusedInFrenchAndThePartnerKeepsTheFinishedAnswer(
      Visitors visitors) {
    Couple couple = visitors.people().couple("zoe", "fr", "sam", "en");
    Page zoe = visitors.open("fr-CA");
    visitors.signInWithoutOpening(zoe, couple.first().email(), couple.first().password());
    Page sam = visitors.open("en-CA");
    visitors.signIn(sam, couple.second().email(), couple.second().password(), EXERCISE);
    sam.locator("#answer\\:text").fill("When you ask how my day really was.");
    sam.locator("#answer\\:save").click();
    assertThat(sam.locator("#stage-done")).isVisible();

    String finished = "FINI-3e8a Quand on marche ensemble le soir.";
    zoe.navigate(visitors.url(EXERCISE));
    zoe.locator("#answer\\:text").fill(finished);
    assertThat(zoe.locator("#stage-draft"))
        .containsText("Enregistré comme brouillon : personne d’autre que vous ne le voit.");
    Accessibility.assertNoSeriousViolations(zoe);
    zoe.locator("#answer\\:save").click();
    assertThat(zoe.locator("#reveal-partner")).containsText("how my day really was");

    // Zoé empties the box and presses Done: refused, clearly; Sam still sees her finished words.
    zoe.locator("#answer\\:text").fill("");
    assertThat(zoe.locator("#stage-changed"))
        .containsText("Vos modifications sont enregistrées comme brouillon");
    zoe.locator("#answer\\:save").click();
    assertThat(zoe.locator("#answer\\:messages")).containsText("Veuillez d’abord écrire");
    Accessibility.assertNoSeriousViolations(zoe);
    visitors.screenshot(zoe, "answer-changed-fr");
    sam.reload();
    assertThat(sam.locator("#reveal-partner")).containsText(finished);
    assertTrue(sam.content().contains("FINI-3e8a"));
  }

  private static String storedDraftOf(TestPeople people, long personId) {
    String json =
        people.queryOne(
            "SELECT content FROM answer WHERE person_id = "
                + personId
                + " AND exercise_id = 'what-helps-me-listen'");
    return json == null ? null : json.replaceAll("^.*\"text\":\"([^\"]*)\".*$", "$1");
  }

  private static String notices(TestPeople people, long personId) {
    return people.queryOne("SELECT COUNT(*) FROM notification WHERE recipient_id = " + personId);
  }
}
