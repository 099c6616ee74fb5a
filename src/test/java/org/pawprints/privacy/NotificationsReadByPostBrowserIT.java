package org.pawprints.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestPeople;
import org.pawprints.testing.browser.TestPeople.Couple;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * Rule 12: the notifications page marks items read with a POST, never on a GET. Opening it again
 * and again, as a link preview or a prefetching browser would, leaves the bell as it was; the "Mark
 * as read" button does it, for what the page showed only.
 */
@BrowserTest
class NotificationsReadByPostBrowserIT {

  private static final AtomicLong NEXT_ID = new AtomicLong(7_000_000);

  @Test
  void gettingThePageMarksNothingAndThePostMarksWhatItShowed(Visitors visitors) {
    Couple couple = visitors.people().couple("ida", "en", "omar", "en");
    TestPerson omar = couple.second();
    notify(visitors.people(), omar, couple.first(), 10);
    notify(visitors.people(), omar, couple.first(), 5);

    Page page = visitors.open("en-CA");
    visitors.signInWithoutOpening(page, omar.email(), omar.password());
    for (int i = 0; i < 3; i++) {
      page.navigate(visitors.url("/account/notifications.xhtml"));
      assertThat(page.locator("#notifications .pp-new-tag")).hasCount(2);
    }
    assertEquals("2", unread(visitors.people(), omar), "a GET marked notifications read");
    Accessibility.assertNoSeriousViolations(page);

    // One arrives after the page was shown: the POST marks only what the page showed.
    notify(visitors.people(), omar, couple.first(), 0);
    page.locator("#mark-read\\:submit").click();
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, 1 unread");
    assertEquals("1", unread(visitors.people(), omar));
    assertThat(page.locator("#notifications .pp-new-tag")).hasCount(1);
  }

  @Test
  void enFrancaisLeBoutonMarqueCommeLues(Visitors visitors) {
    Couple couple = visitors.people().couple("remi", "fr", "zoe", "fr");
    TestPerson zoe = couple.second();
    notify(visitors.people(), zoe, couple.first(), 3);

    Page page = visitors.open("fr-CA");
    visitors.signIn(page, zoe.email(), zoe.password(), "/account/notifications.xhtml");
    page.reload();
    assertEquals("1", unread(visitors.people(), zoe));
    assertThat(page.locator("#mark-read\\:submit")).hasValue("Marquer comme lues");
    Accessibility.assertNoSeriousViolations(page);
    page.locator("#mark-read\\:submit").click();
    assertThat(page.locator("#bell")).hasAttribute("aria-label", "Notifications, aucune non lue");
    assertThat(page.locator("#mark-read")).hasCount(0);
    assertEquals("0", unread(visitors.people(), zoe));
  }

  private static void notify(
      TestPeople people, TestPerson recipient, TestPerson actor, long minutesAgo) {
    people.execute(
        "INSERT INTO notification (id, recipient_id, kind, actor_id, detail, link, created_at)"
            + " VALUES (?, ?, 'APPRECIATED', ?, NULL, '/my/index.xhtml', ?)",
        NEXT_ID.incrementAndGet(),
        recipient.id(),
        actor.id(),
        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutesAgo));
  }

  private static String unread(TestPeople people, TestPerson person) {
    return people.queryOne(
        "SELECT COUNT(*) FROM notification WHERE read_at IS NULL AND recipient_id = "
            + person.id());
  }
}
