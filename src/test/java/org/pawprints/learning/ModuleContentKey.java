package org.pawprints.learning;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer key a test needs to pass (or fail) a quiz on purpose: which option texts are right and
 * wrong for each question text, read from the module's content file.
 */
final class ModuleContentKey {

  private final Map<String, List<String>> right = new HashMap<>();
  private final Map<String, List<String>> wrong = new HashMap<>();

  ModuleContentKey(String slug, String language) throws IOException {
    Path file = Path.of("src/main/resources/content/modules", slug + "." + language + ".json");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      JsonObject module = reader.readObject();
      for (JsonValue q : module.getJsonObject("quiz").getJsonArray("questions")) {
        JsonObject question = q.asJsonObject();
        String text = spaced(question.getString("text"));
        right.put(text, texts(question, true));
        wrong.put(text, texts(question, false));
      }
    }
  }

  private static List<String> texts(JsonObject question, boolean correct) {
    return question.getJsonArray("options").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getBoolean("correct") == correct)
        .map(o -> spaced(o.getString("text")))
        .toList();
  }

  /** The page shows no-break spaces (French punctuation) as the browser reads them: spaces. */
  static String spaced(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  List<String> right(String question) {
    return right.get(question);
  }

  List<String> wrong(String question) {
    return wrong.get(question);
  }

  int questionCount() {
    return right.size();
  }
}
