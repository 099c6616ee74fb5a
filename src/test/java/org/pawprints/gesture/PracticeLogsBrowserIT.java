package org.pawprints.gesture;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Bids and repairs logged with one tap, in English and in French; the practice hub's counts; a bid
 * the author lets their partner see, and only that one; bad input and a resent form.
 */
@BrowserTest
class PracticeLogsBrowserIT {

  @Test
  void bidsAreLoggedWithOneTapAndOnlySharedOnesReachThePartner(Visitors visitors) {
    TestPeople people = visitors.people();
    Couple couple = people.couple("maya", "en", "theo", "fr");
    Page maya = visitors.open("en-CA");
    visitors.signIn(maya, couple.first().email(), couple.first().password(), "/my/practice.xhtml");
    // Five practices, and since issue 14 one each for steps 1, 5 and 7.
    assertThat(maya.locator("#practices > li")).hasCount(8);
    assertThat(maya.locator("#rituals-link"))
        .hasAttribute("href", Pattern.compile(".*/my/rituals\\.xhtml$"));
    assertThat(maya.locator("#closeness-link"))
        .hasAttribute("href", Pattern.compile(".*/my/closeness\\.xhtml$"));
    assertThat(maya.locator("#bids-count")).hasText("This week: 0");
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "practice-hub-en");

    maya.locator("#bids-link").click();
    assertThat(maya.locator("#no-bids")).isVisible();
    // One tap, nothing else.
    maya.locator("#bid\\:log").click();
    assertThat(maya.locator("#bid\\:messages")).containsText("Logged.");
    assertThat(maya.locator("#week-count")).hasText("This week: 1");

    // A private note with markup and emoji, shown as text.
    String privateNote = "<script>alert(1)</script> He showed me a meme and I laughed 😂";
    maya.locator("#bid\\:note").fill(privateNote);
    maya.locator("#bid\\:log").click();
    assertThat(maya.locator("#week-count")).hasText("This week: 2");
    assertThat(maya.locator("#my-bids .pp-log-text").first()).hasText(privateNote);
    assertThat(maya.locator("#my-bids script")).hasCount(0);

    // One the partner may see.
    maya.locator("#bid\\:note").fill("Paused my show to hear about his day");
    maya.locator("#bid\\:share .ui-chkbox-box").click();
    maya.locator("#bid\\:log").click();
    assertThat(maya.locator("#week-count")).hasText("This week: 3");
    assertThat(maya.locator("#my-bids .pp-log-shared")).hasCount(1);
    Accessibility.assertNoSeriousViolations(maya);
    visitors.screenshot(maya, "bids-en");

    // Too long: refused with a message, the words stay in the box, nothing saved is lost.
    String tooLong = "x".repeat(281);
    maya.locator("#bid\\:note").fill(tooLong);
    maya.locator("#bid\\:log").click();
    assertThat(maya.locator("#bid\\:messages")).containsText("280 characters at most");
    assertThat(maya.locator("#bid\\:note")).hasValue(tooLong);
    assertThat(maya.locator("#week-count")).hasText("This week: 3");

    // The same form sent twice (a double tap, a resent POST) keeps one row.
    maya.locator("#bid\\:note").fill("Sent twice");
    AtomicReference<String> sentForm = new AtomicReference<>();
    maya.onRequest(
        request -> {
          if ("POST".equals(request.method()) && request.url().contains("/my/bids.xhtml")) {
            sentForm.compareAndSet(null, request.postData());
          }
        });
    maya.locator("#bid\\:log").click();
    assertThat(maya.locator("#week-count")).hasText("This week: 4");
    APIResponse resent =
        maya.request()
            .post(
                visitors.url("/my/bids.xhtml"),
                RequestOptions.create()
                    .setHeader("Content-Type", "application/x-www-form-urlencoded")
                    .setHeader("Faces-Request", "partial/ajax")
                    .setData(sentForm.get()));
    assertTrue(resent.text().contains("Logged."), "the resent form ran the action again");
    String mayaId = String.valueOf(couple.first().id());
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM bid WHERE note = 'Sent twice' AND person_id = " + mayaId));
    maya.locator("#bid\\:note").fill("Double tap");
    maya.locator("#bid\\:log").dblclick();
    assertThat(maya.locator("#bid\\:note")).hasValue("");
    maya.waitForLoadState(LoadState.NETWORKIDLE);
    maya.reload();
    assertEquals(
        "1",
        people.queryOne(
            "SELECT COUNT(*) FROM bid WHERE note = 'Double tap' AND person_id = " + mayaId));
    assertThat(maya.locator("#week-count")).hasText("This week: 5");

    maya.navigate(visitors.url("/my/practice.xhtml"));
    assertThat(maya.locator("#bids-count")).hasText("This week: 5");

    // Theo sees the one Maya let him see, and nothing else of hers.
    Page theo = visitors.open("fr-CA");
    visitors.signIn(theo, couple.second().email(), couple.second().password(), "/my/bids.xhtml");
    assertThat(theo.locator("#bids-heading")).hasText("Se tourner vers l’autre");
    assertThat(theo.locator("#no-bids")).isVisible();
    assertThat(theo.locator("#partner-bids .pp-log-entry")).hasCount(1);
    assertThat(theo.locator("#partner-bids")).containsText("Paused my show to hear about his day");
    assertThat(theo.locator("body")).not().containsText("meme");
    theo.locator("#bid\\:log").click();
    assertThat(theo.locator("#bid\\:messages")).containsText("C’est noté.");
    assertThat(theo.locator("#week-count")).hasText("Cette semaine : 1");
    Accessibility.assertNoSeriousViolations(theo);
    visitors.screenshot(theo, "bids-fr");
  }

  @Test
  void repairsAreLoggedInFrenchAndEnglishWithClearMessagesForWhatIsMissing(Visitors visitors) {
    TestPerson zoe = visitors.people().participant("zoe", "fr");
    Page page = visitors.open("fr-CA");
    visitors.signIn(page, zoe.email(), zoe.password(), "/my/practice.xhtml");
    assertThat(page.locator("#practice-heading")).hasText("Pratiquer entre les séances");
    assertThat(page.locator("#repairs-count")).hasText("Cette semaine : 0");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "practice-hub-fr");

    page.locator("#repairs-link").click();
    assertThat(page.locator("#no-repairs")).isVisible();
    page.locator("#repair\\:log").click();
    assertThat(page.locator("#repair\\:messages"))
        .containsText("Choisissez ce que vous avez essayé.");
    pick(page, "Dans mes propres mots");
    pick(page, "Un peu");
    page.locator("#repair\\:log").click();
    assertThat(page.locator("#repair\\:messages")).containsText("dans vos propres mots");

    page.locator("#repair\\:words").fill("J’ai dit : « On recommence? » 🙏 <b>doucement</b>");
    page.locator("#repair\\:log").click();
    assertThat(page.locator("#repair\\:messages")).containsText("C’est noté.");
    assertThat(page.locator("#my-repairs .pp-log-words"))
        .hasText("J’ai dit : « On recommence? » 🙏 <b>doucement</b>");

    pick(page, "J’ai dit pardon");
    page.locator("#repair\\:log").click();
    assertThat(page.locator("#repair\\:messages"))
        .containsText("Choisissez comment ça s’est passé.");
    pick(page, "Ça a aidé");
    page.locator("#repair\\:log").click();
    assertThat(page.locator("#repair\\:messages")).containsText("C’est noté.");
    assertThat(page.locator("#my-repairs .pp-log-entry")).hasCount(2);
    assertThat(page.locator("#my-repairs .pp-log-text").first())
        .hasText("J’ai dit pardon · Ça a aidé");
    assertThat(page.locator("#week-count")).hasText("Cette semaine : 2");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "repairs-fr");

    // The same person in English: the same log, in English words.
    page.locator("#language-switch").click();
    assertThat(page.locator("#repairs-heading")).hasText("Repairs");
    assertThat(page.locator("#my-repairs .pp-log-text").first())
        .hasText("I said sorry · It helped");
    pick(page, "I took a break and came back");
    pick(page, "Not this time");
    page.locator("#repair\\:log").click();
    assertThat(page.locator("#repair\\:messages")).containsText("Logged. Trying to repair");
    assertThat(page.locator("#week-count")).hasText("This week: 3");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "repairs-en");
    page.navigate(visitors.url("/my/practice.xhtml"));
    assertThat(page.locator("#repairs-count")).hasText("This week: 3");
  }

  /** Checks the radio button with exactly this label. */
  private static void pick(Page page, String label) {
    page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
  }
}
