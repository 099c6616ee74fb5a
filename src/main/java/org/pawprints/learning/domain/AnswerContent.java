package org.pawprints.learning.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/**
 * What a participant answered, for any kind of exercise: free text, picked choices, their own
 * additions, and a when (day, time, how often). Stored as a small JSON document, stored exactly as
 * typed (escaping is the page's job).
 */
public record AnswerContent(
    String text, List<String> picked, String custom, String day, String time, String frequency) {

  public static final int MAX_TEXT = 20_000;
  public static final int MAX_SHORT = 200;

  public static final AnswerContent EMPTY = new AnswerContent("", List.of(), "", "", "", "");

  public AnswerContent {
    text = text == null ? "" : text;
    picked = picked == null ? List.of() : List.copyOf(picked);
    custom = custom == null ? "" : custom;
    day = day == null ? "" : day;
    time = time == null ? "" : time;
    frequency = frequency == null ? "" : frequency;
  }

  public static AnswerContent text(String text) {
    return new AnswerContent(text, List.of(), "", "", "", "");
  }

  public boolean isBlank() {
    return text.isBlank() && picked.isEmpty() && custom.isBlank();
  }

  public String toJson() {
    JsonArrayBuilder ids = Json.createArrayBuilder();
    picked.forEach(ids::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("text", text)
            .add("picked", ids)
            .add("custom", custom)
            .add("day", day)
            .add("time", time)
            .add("frequency", frequency);
    return json.build().toString();
  }

  public static AnswerContent fromJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      return new AnswerContent(
          o.getString("text", ""),
          o.getJsonArray("picked") == null
              ? List.of()
              : o.getJsonArray("picked").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList(),
          o.getString("custom", ""),
          o.getString("day", ""),
          o.getString("time", ""),
          o.getString("frequency", ""));
    }
  }
}
