package org.pawprints.couple.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.pawprints.platform.i18n.Language;

/**
 * An invitation's expiry as people read it: a date in the cohort's time zone and their language.
 */
final class PairingDates {

  private PairingDates() {}

  static String day(Instant instant, String timeZone, Language language) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = ZoneId.of("America/Toronto");
    if (timeZone != null) {
      try {
        zone = ZoneId.of(timeZone);
      } catch (DateTimeException unknown) {
        // A cohort's zone is checked when saved; an unknown one falls back to the default.
      }
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(instant.atZone(zone));
  }
}
