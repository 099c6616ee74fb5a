package org.pawprints.closeness.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pawprints.closeness.application.CheckInView;
import org.pawprints.closeness.domain.CheckIn;

class TrendChartTest {

  @Test
  void aLineOfWeeklyRatingsOnAOneToTenScaleWithoutNotes() {
    List<CheckInView> checkIns =
        List.of(
            view(LocalDate.of(2026, 11, 16), 4, "<script>alert(1)</script>"),
            view(LocalDate.of(2026, 11, 23), 7, "secret words"));
    String json = TrendChart.json(checkIns, "My closeness", Locale.CANADA_FRENCH);
    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    assertEquals("line", chart.getString("type"));
    assertEquals("16 nov.", chart.getJsonObject("data").getJsonArray("labels").getString(0));
    assertEquals(
        7,
        chart
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .getJsonArray("data")
            .getInt(1));
    JsonObject y = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertEquals(1, y.getInt("min"));
    assertEquals(10, y.getInt("max"));
    assertFalse(json.contains("script"), json);
    assertFalse(json.contains("secret"), json);
  }

  private static CheckInView view(LocalDate week, int rating, String note) {
    return CheckInView.mine(new CheckIn(1L, week, rating, note));
  }
}
