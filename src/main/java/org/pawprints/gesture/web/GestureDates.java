package org.pawprints.gesture.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.pawprints.gesture.application.PracticeCaller;
import org.pawprints.platform.web.CurrentLanguage;

/** When a gesture happened, in the viewer's language and their cohort's time zone. */
@RequestScoped
public class GestureDates {

  @Inject PracticeCaller caller;
  @Inject CurrentLanguage language;

  private DateTimeFormatter format;

  public String format(Instant when) {
    if (format == null) {
      ZoneId zone = caller.zoneOf(caller.participant());
      format =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
              .withLocale(language.getLocale())
              .withZone(zone);
    }
    return format.format(when);
  }
}
