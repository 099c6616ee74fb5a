package org.pawprints.live.plan;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.OpenDisplay;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.platform.i18n.Language;

/**
 * Reads one session plan file (Jakarta JSON-P) into a {@link SessionPlan}. A missing field, a field
 * of the wrong type, an unknown kind and a field the kind does not use (often a typo) are problems;
 * each names where it is ("activity 3 (POLL): ..."). The rules that look at the values are in
 * {@link SessionPlanRules}.
 */
final class SessionPlanReader {

  private static final Set<String> PLAN_FIELDS =
      Set.of("step", "language", "version", "title", "objectives", "activities");
  private static final Set<String> COMMON_FIELDS = Set.of("kind", "title", "minutes", "notes");

  /** The fields each kind adds, as {@code content/session-plans/README.md} lists them. */
  private static final Map<ActivityKind, Set<String>> KIND_FIELDS =
      Map.of(
          ActivityKind.SLIDE, Set.of("body"),
          ActivityKind.POLL, Set.of("prompt", "choice", "options"),
          ActivityKind.QUIZ_QUESTION, Set.of("prompt", "options", "correct", "explanation"),
          ActivityKind.OPEN_QUESTION, Set.of("prompt", "display"),
          ActivityKind.COUPLE_EXERCISE, Set.of("prompt"),
          ActivityKind.FLOOR, Set.of("prompt", "speakerPrompts", "listenerPrompts"),
          ActivityKind.CHECK_IN, Set.of("prompt"),
          ActivityKind.BREAK, Set.of());

  /** Fields a kind may leave out; every other field of its kind is required. */
  private static final Set<String> OPTIONAL_FIELDS = Set.of("notes", "explanation", "options");

  private final List<String> problems = new ArrayList<>();
  private String where = "the plan";

  private SessionPlanReader() {}

  /**
   * The plan in {@code json}, or empty with the problems added to {@code problems} (each without
   * the file's name, which the caller adds).
   */
  static Optional<SessionPlan> read(String json, List<String> problems) {
    SessionPlanReader reader = new SessionPlanReader();
    Optional<SessionPlan> plan = reader.parse(json);
    problems.addAll(reader.problems);
    return reader.problems.isEmpty() ? plan : Optional.empty();
  }

  private Optional<SessionPlan> parse(String json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      problems.add("is not a valid JSON object (" + e.getMessage() + ")");
      return Optional.empty();
    }
    unknownFields(root, PLAN_FIELDS);
    String step = text(root, "step", true);
    String code = text(root, "language", true);
    Language language = Language.ofCode(code).orElse(null);
    if (language == null && !code.isEmpty()) {
      problems.add("language \"" + code + "\" is neither en nor fr");
    }
    int version = number(root, "version");
    String title = text(root, "title", true);
    List<String> objectives = texts(root, "objectives", true);
    List<PlannedActivity> activities = new ArrayList<>();
    JsonArray items = array(root, "activities", true);
    for (int i = 0; i < items.size(); i++) {
      where = "activity " + (i + 1);
      if (items.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
        problems.add(where + " is not an object");
        continue;
      }
      activity(items.getJsonObject(i)).ifPresent(activities::add);
    }
    return Optional.of(new SessionPlan(step, language, version, title, objectives, activities));
  }

  private Optional<PlannedActivity> activity(JsonObject json) {
    String kindName = text(json, "kind", true);
    ActivityKind kind;
    try {
      kind = ActivityKind.valueOf(kindName);
    } catch (IllegalArgumentException e) {
      if (!kindName.isEmpty()) {
        problems.add(where + ": kind \"" + kindName + "\" is unknown");
      }
      return Optional.empty();
    }
    where = where + " (" + kind + ")";
    Set<String> fields = new HashSet<>(COMMON_FIELDS);
    fields.addAll(KIND_FIELDS.get(kind));
    unknownFields(json, fields);
    boolean usesOptions = KIND_FIELDS.get(kind).contains("options");
    PollChoice choice =
        kind == ActivityKind.POLL ? constant(json, "choice", PollChoice.class) : null;
    return Optional.of(
        new PlannedActivity(
            kind,
            text(json, "title", true),
            number(json, "minutes"),
            text(json, "body", required(kind, "body")),
            text(json, "prompt", required(kind, "prompt")),
            text(json, "notes", false),
            choice,
            usesOptions ? texts(json, "options", false) : List.of(),
            indexes(json),
            text(json, "explanation", false),
            kind == ActivityKind.OPEN_QUESTION
                ? constant(json, "display", OpenDisplay.class)
                : null,
            texts(json, "speakerPrompts", required(kind, "speakerPrompts")),
            texts(json, "listenerPrompts", required(kind, "listenerPrompts"))));
  }

  private static boolean required(ActivityKind kind, String field) {
    return KIND_FIELDS.get(kind).contains(field) && !OPTIONAL_FIELDS.contains(field);
  }

  private void unknownFields(JsonObject json, Set<String> known) {
    json.keySet().stream()
        .filter(name -> !known.contains(name))
        .sorted()
        .forEach(name -> problems.add(where + ": field \"" + name + "\" is not expected here"));
  }

  private String text(JsonObject json, String name, boolean required) {
    JsonValue value = json.get(name);
    if (value == null) {
      if (required) {
        problems.add(where + ": \"" + name + "\" is missing");
      }
      return "";
    }
    if (value instanceof JsonString string && !string.getString().isBlank()) {
      return string.getString().strip();
    }
    problems.add(where + ": \"" + name + "\" must be a text that is not empty");
    return "";
  }

  private int number(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value instanceof JsonNumber number && number.isIntegral()) {
      return number.intValue();
    }
    problems.add(where + ": \"" + name + "\" must be a whole number");
    return 0;
  }

  private JsonArray array(JsonObject json, String name, boolean required) {
    JsonValue value = json.get(name);
    if (value == null && !required) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    problems.add(where + ": \"" + name + "\" must be a list");
    return JsonValue.EMPTY_JSON_ARRAY;
  }

  private List<String> texts(JsonObject json, String name, boolean required) {
    List<String> texts = new ArrayList<>();
    int problemsBefore = problems.size();
    JsonArray array = array(json, name, required);
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString string && !string.getString().isBlank()) {
        texts.add(string.getString().strip());
      } else {
        problems.add(where + ": \"" + name + "\" item " + (i + 1) + " must be a text");
      }
    }
    if (required && texts.isEmpty() && problems.size() == problemsBefore) {
      problems.add(where + ": \"" + name + "\" must not be empty");
    }
    return texts;
  }

  private List<Integer> indexes(JsonObject json) {
    List<Integer> indexes = new ArrayList<>();
    if (!json.containsKey("correct")) {
      return indexes;
    }
    JsonArray array = array(json, "correct", true);
    for (JsonValue value : array) {
      if (value instanceof JsonNumber number && number.isIntegral()) {
        indexes.add(number.intValue());
      } else {
        problems.add(where + ": \"correct\" must list option indexes (whole numbers)");
      }
    }
    return indexes;
  }

  private <E extends Enum<E>> E constant(JsonObject json, String name, Class<E> type) {
    String value = text(json, name, true);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    if (!value.isEmpty()) {
      problems.add(
          where
              + ": \""
              + name
              + "\" is \""
              + value
              + "\", not one of "
              + List.of(type.getEnumConstants()));
    }
    return null;
  }
}
