package org.pawprints.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * The bell in the header counts what is new; its page says what happened in the reader's language,
 * marks it read when asked (a POST), and shows only the reader's own; the weekly email is chosen on
 * the profile page. Notifications are seeded straight into the server's database, as the couples
 * features record them.
 */
@BrowserTest
class NotificationsBrowserIT {

  private static final AtomicLong NEXT_ID = new AtomicLong(5_000_000);
  private static final String MODULE_LINK = "/my/module.xhtml?step=gentle-start-up";

  @Test
  void theBellCountsWhatIsNewAndThePageMarksItReadWhenAsked(Visitors visitors) {
    Couple couple = visitors.people().couple("sam", "en", "noor", "en");
    TestPerson sam = couple.first();
    TestPerson noor = couple.second();
    sql(visitors, "UPDATE person SET display_name = ? WHERE id = ?", "Sam <b>&</b> 🌿", sam.id());
    notify(visitors, noor, "PARTNER_JOINED", sam, null, "/my/index.xhtml", 3 * 24 * 60);
    notify(visitors, noor, "APPRECIATED", sam, null, "/my/index.xhtml", 90);
    notify(visitors, noor, "PARTNER_FINISHED_MODULE", sam, "gentle-start-up", MODULE_LINK, 5);
    long samsOwn = notify(visitors, sam, "APPRECIATED", noor, null, null, 1);

    Page page = visitors.open("en-CA");
    visitors.signIn(page, noor.email(), noor.password());
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, 3 unread");
    assertThat(page.locator("#bell-count")).hasText("3");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "bell-en");

    // A foreign notification's id in the address changes nothing: only mine are shown.
    page.navigate(visitors.url("/account/notifications.xhtml?id=" + samsOwn));
    assertThat(page.locator("h1")).hasText("Notifications");
    assertThat(page.locator("#notifications > li")).hasCount(3);
    assertThat(page.locator("#notifications-summary")).hasText("3 new since your last visit.");
    assertThat(page.locator("#notifications > li").first())
        .containsText("Sam <b>&</b> 🌿 finished “");
    assertThat(page.locator("#notifications > li").first()).containsText("5 minutes ago");
    assertThat(page.locator("#notifications > li").nth(1))
        .containsText("Sam <b>&</b> 🌿 sent you an appreciation.");
    assertThat(page.locator("#notifications > li").nth(1)).containsText("1 hour ago");
    assertThat(page.locator("#notifications > li").nth(2))
        .containsText("Sam <b>&</b> 🌿 is now your partner in Pawprints.");
    assertThat(page.locator("#notifications > li").nth(2)).containsText("3 days ago");
    assertThat(page.locator("#notifications b")).hasCount(0);
    // New ones say so in words, not by colour alone.
    assertThat(page.locator("#notifications .pp-new-tag")).hasCount(3);
    assertThat(page.locator("#notifications .pp-new-tag").first()).hasText("New");
    // Opening the page (a GET) changes nothing; "Mark as read" (a POST) clears the bell.
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, 3 unread");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "notifications-en");
    assertThat(page.locator("#mark-read\\:submit")).hasValue("Mark as read");
    page.locator("#mark-read\\:submit").click();
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, none unread");
    assertThat(page.locator("#bell-count")).hasCount(0);
    assertThat(page.locator("#mark-read")).hasCount(0);

    page.reload();
    assertThat(page.locator("#notifications > li")).hasCount(3);
    assertThat(page.locator("#notifications .pp-new-tag")).hasCount(0);
    assertThat(page.locator("#notifications-summary"))
        .hasText("Nothing new since your last visit.");
    assertEquals("0", unread(visitors, noor));
    assertEquals("1", unread(visitors, sam), "Noor's visit clears nothing of Sam's");

    page.locator("#notifications > li").first().locator("a").click();
    assertThat(page).hasURL(visitors.url(MODULE_LINK));

    // An error page shown to a signed-in person still renders, bell and all.
    Response missing = page.navigate(visitors.url("/my/module.xhtml?step=no-such-step"));
    assertEquals(404, missing.status());
    assertThat(page.locator("h1")).hasText("We could not find that page");
    assertThat(page.locator("#bell")).isVisible();
  }

  @Test
  void inFrenchTheBellAndThePageSpeakFrench(Visitors visitors) {
    Couple couple = visitors.people().couple("theo", "en", "lea", "fr");
    notify(visitors, couple.second(), "APPRECIATED", couple.first(), null, "/my/index.xhtml", 2);
    notify(
        visitors,
        couple.second(),
        "REVEAL_READY",
        couple.first(),
        "gentle-start-up",
        MODULE_LINK + "&at=e-what-helps-me-listen",
        30);

    Page page = visitors.open("fr-CA");
    visitors.signIn(page, couple.second().email(), couple.second().password());
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, 2 non lues");
    assertThat(page.locator("#bell-count")).hasText("2");

    page.locator("#bell").click();
    assertThat(page.locator("#notifications-summary"))
        .hasText("2 nouvelles depuis votre dernière visite.");
    assertThat(page.locator("#notifications > li").first())
        .containsText("Theo vous a envoyé un mot de reconnaissance.");
    assertThat(page.locator("#notifications > li").first()).containsText("Il y a 2 minutes");
    assertThat(page.locator("#notifications > li").first()).containsText("Nouveau");
    assertThat(page.locator("#notifications > li").nth(1))
        .containsText("Theo a répondu aussi : vos réponses dans « ");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "notifications-fr");
    assertEquals("2", unread(visitors, couple.second()), "opening the page marks nothing read");
    assertThat(page.locator("#mark-read\\:submit")).hasValue("Marquer comme lues");
    page.locator("#mark-read\\:submit").click();
    // The form posts back and the page answers with the bell cleared; reload only after that,
    // or the reload races the postback's navigation.
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, aucune non lue");

    page.reload();
    assertThat(page.locator("#notifications .pp-new-tag")).hasCount(0);
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, aucune non lue");
    assertEquals("0", unread(visitors, couple.second()));
  }

  @Test
  void withNothingYetThePageSaysSoForAnySignedInPerson(Visitors visitors) {
    TestPerson fay = visitors.people().create("fay", "en", "FACILITATOR");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, fay.email(), fay.password());
    assertThat(page.locator("#bell-count")).hasCount(0);
    page.locator("#bell").click();
    assertThat(page.locator("#notifications-empty")).containsText("Nothing new yet.");
    assertThat(page.locator("#notifications")).hasCount(0);
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void theWeeklyEmailIsOffUntilSwitchedOnInEnglishAndFrench(Visitors visitors) {
    TestPerson ana = visitors.people().create("ana", "en", "PARTICIPANT");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, ana.email(), ana.password(), "/account/profile.xhtml");
    assertThat(page.locator("#digest-explanation"))
        .containsText("never includes what anyone wrote");
    assertThat(page.locator("#digest\\:weekly")).not().isChecked();
    page.getByLabel("Send me a weekly summary by email").check();
    // A double click saves the same choice twice, harmlessly.
    page.locator("#digest\\:save").dblclick();
    assertThat(page.locator("#digest\\:messages"))
        .hasText("Done: you will get a weekly summary by email.");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "profile-digest-en");
    page.reload();
    assertThat(page.locator("#digest\\:weekly")).isChecked();
    assertEquals("TRUE", subscribed(visitors, ana));

    TestPerson eve = visitors.people().create("eve", "fr", "PARTICIPANT");
    Page fr = visitors.open("fr-CA");
    visitors.signIn(fr, eve.email(), eve.password(), "/account/profile.xhtml");
    assertThat(fr.locator("#digest\\:weekly")).not().isChecked();
    fr.getByLabel("M’envoyer un résumé hebdomadaire par courriel").check();
    fr.locator("#digest\\:save").click();
    assertThat(fr.locator("#digest\\:messages"))
        .hasText("C’est fait : vous recevrez un résumé hebdomadaire par courriel.");
    assertEquals("TRUE", subscribed(visitors, eve));
    fr.locator("#digest\\:weekly").uncheck();
    fr.locator("#digest\\:save").click();
    assertThat(fr.locator("#digest\\:messages"))
        .hasText("C’est fait : aucun courriel hebdomadaire.");
    Accessibility.assertNoSeriousViolations(fr);
    fr.reload();
    assertThat(fr.locator("#digest\\:weekly")).not().isChecked();
    assertEquals("FALSE", subscribed(visitors, eve));
    assertEquals("TRUE", subscribed(visitors, ana), "Eve's choice is hers alone");
  }

  /** Records a notification as a couples feature would, {@code minutesAgo} in the past. */
  private static long notify(
      Visitors visitors,
      TestPerson recipient,
      String kind,
      TestPerson actor,
      String detail,
      String link,
      long minutesAgo) {
    long id = NEXT_ID.incrementAndGet();
    sql(
        visitors,
        "INSERT INTO notification (id, recipient_id, kind, actor_id, detail, link, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        recipient.id(),
        kind,
        actor.id(),
        detail,
        link,
        OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofMinutes(minutesAgo)));
    return id;
  }

  private static String unread(Visitors visitors, TestPerson person) {
    return visitors
        .people()
        .queryOne(
            "SELECT COUNT(*) FROM notification WHERE read_at IS NULL AND recipient_id = "
                + person.id());
  }

  private static String subscribed(Visitors visitors, TestPerson person) {
    return visitors
        .people()
        .queryOne("SELECT subscribed FROM notification_digest WHERE person_id = " + person.id());
  }

  private static void sql(Visitors visitors, String statement, Object... values) {
    try (Connection c =
            DriverManager.getConnection(visitors.server().jdbcUrl(), "pawprints", "pawprints");
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
