package org.pawprints.closeness.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pawprints.closeness.application.CheckInView;
import org.pawprints.closeness.domain.CheckInRules;

/**
 * The Chart.js configuration for a closeness trend, as the value of {@code p:chart}: a line of
 * weekly ratings on a 1 to 10 scale. It holds only dates, numbers and a translated label, never a
 * note: PrimeFaces writes this JSON into a script, so no typed text may ever reach it.
 */
final class TrendChart {

  /** Our clay, the colour of the app's buttons (contrast checked against white). */
  private static final String CLAY = "#9c4331";

  private TrendChart() {}

  static String json(List<CheckInView> checkIns, String seriesLabel, Locale locale) {
    DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", locale);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder ratings = Json.createArrayBuilder();
    for (CheckInView checkIn : checkIns) {
      labels.add(week.format(checkIn.getWeekStart()));
      ratings.add(checkIn.getRating());
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", seriesLabel)
            .add("data", ratings)
            .add("borderColor", CLAY)
            .add("backgroundColor", CLAY)
            .add("pointRadius", 5)
            .add("tension", 0.25)
            .add("fill", false);
    JsonObjectBuilder scaleY =
        Json.createObjectBuilder()
            .add("min", CheckInRules.LOWEST)
            .add("max", CheckInRules.HIGHEST)
            .add("ticks", Json.createObjectBuilder().add("stepSize", 1));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", Json.createObjectBuilder().add("y", scaleY))
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", false)));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options)
        .build()
        .toString();
  }
}
