package org.pawprints.notification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.i18n.Language;

/** When something happened, as the notifications page says it, in both languages. */
class RelativeTimeTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void english() {
    assertEquals("Just now", ago(Duration.ofSeconds(30), Language.EN));
    assertEquals("1 minute ago", ago(Duration.ofSeconds(61), Language.EN));
    assertEquals("59 minutes ago", ago(Duration.ofMinutes(59), Language.EN));
    assertEquals("1 hour ago", ago(Duration.ofMinutes(90), Language.EN));
    assertEquals("23 hours ago", ago(Duration.ofHours(23), Language.EN));
    assertEquals("Yesterday", ago(Duration.ofHours(30), Language.EN));
    assertEquals("12 days ago", ago(Duration.ofDays(12), Language.EN));
  }

  @Test
  void french() {
    assertEquals("À l’instant", ago(Duration.ofSeconds(5), Language.FR));
    assertEquals("Il y a 2 minutes", ago(Duration.ofMinutes(2), Language.FR));
    assertEquals("Il y a 1 heure", ago(Duration.ofHours(1), Language.FR));
    assertEquals("Hier", ago(Duration.ofDays(1), Language.FR));
    assertEquals("Il y a 3 jours", ago(Duration.ofDays(3), Language.FR));
  }

  @Test
  void aClockSlightlyAheadOfTheServerStillSaysJustNow() {
    assertEquals("Just now", ago(Duration.ofSeconds(-3), Language.EN));
  }

  private static String ago(Duration since, Language language) {
    return NotificationsPage.ago(NOW.minus(since), NOW, language);
  }
}
