package org.pawprints.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.pawprints.platform.config.PawprintsConfig;

/**
 * Dates and times as people read them (issue 13), for pages: {@code #{dates.dateTime(i)}} in the
 * configured zone ({@code PAWPRINTS_TIME_ZONE}), {@code #{dates.dateTimeIn(i, cohort.timeZone)}} in
 * a cohort's, always in the viewer's language and with the zone named, never a raw timestamp. An
 * empty value gives an empty string, so that a page can leave the whole line out.
 */
@Named("dates")
@RequestScoped
public class Dates {

  @Inject CurrentLanguage language;

  private ZoneId defaultZone;

  public String dateTime(Instant instant) {
    return dateTimeIn(instant, null);
  }

  /** Date, time and the zone's short name, in the given zone (or the default one). */
  public String dateTimeIn(Instant instant, String zone) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofPattern(pattern(), locale()).format(instant.atZone(zoneOf(zone)));
  }

  public String date(Instant instant) {
    return dateIn(instant, null);
  }

  public String dateIn(Instant instant, String zone) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale())
        .format(instant.atZone(zoneOf(zone)));
  }

  private String pattern() {
    // "Dec 2, 2026, 2:31 a.m. EST" / "2 déc. 2026, 2 h 31 HNE": the localized medium date, a
    // short time and the zone, which matters to staff who work across Canada's zones.
    return language.isFrench() ? "d MMM y, H 'h' mm z" : "MMM d, y, h:mm a z";
  }

  private Locale locale() {
    return language.getLocale();
  }

  private ZoneId zoneOf(String zone) {
    return PawprintsConfig.zone(zone).orElseGet(this::defaultZone);
  }

  private ZoneId defaultZone() {
    if (defaultZone == null) {
      defaultZone = PawprintsConfig.current().timeZone();
    }
    return defaultZone;
  }
}
