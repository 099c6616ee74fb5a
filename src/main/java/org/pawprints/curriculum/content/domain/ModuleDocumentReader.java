package org.pawprints.curriculum.content.domain;

import jakarta.json.Json;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pawprints.curriculum.content.domain.ModuleDocument.Choice;
import org.pawprints.curriculum.content.domain.ModuleDocument.Exercise;
import org.pawprints.curriculum.content.domain.ModuleDocument.Guide;
import org.pawprints.curriculum.content.domain.ModuleDocument.Item;
import org.pawprints.curriculum.content.domain.ModuleDocument.Option;
import org.pawprints.curriculum.content.domain.ModuleDocument.Practice;
import org.pawprints.curriculum.content.domain.ModuleDocument.Question;
import org.pawprints.curriculum.content.domain.ModuleDocument.Quiz;
import org.pawprints.curriculum.content.domain.ModuleDocument.Section;
import org.pawprints.platform.i18n.Language;

/**
 * Reads a module document from JSON (Jakarta JSON-P) and checks it against {@link ModuleRules}.
 * Every problem is reported with the source's name and where in the document it is; a field of the
 * wrong type or a name that the format does not know (often a typo) is a problem too.
 */
public final class ModuleDocumentReader {

  private static final Set<String> MODULE_FIELDS =
      Set.of(
          "slug",
          "step",
          "language",
          "title",
          "summary",
          "sections",
          "exercises",
          "quiz",
          "practice",
          "joeysTake",
          "learnMore",
          "guide");
  private static final Set<String> EXERCISE_FIELDS =
      Set.of("id", "kind", "title", "prompt", "shared", "conversationPrompt");

  /** The fields each kind adds, as the format's README lists them. */
  private static final Map<ExerciseKind, Set<String>> KIND_FIELDS =
      Map.of(
          ExerciseKind.REFLECTION, Set.of("placeholder"),
          ExerciseKind.REWRITE, Set.of("harshStartUp", "modelAnswer", "checklist"),
          ExerciseKind.SCENARIO, Set.of("situation", "choices", "bestChoice"),
          ExerciseKind.RITUAL_PLANNER, Set.of("suggestions", "allowCustom"),
          ExerciseKind.PHRASE_PICKER, Set.of("phrases", "allowCustom"),
          ExerciseKind.COMMITMENT, Set.of("placeholder"));

  /** Where each kind keeps its list of labelled items. */
  private static final Map<ExerciseKind, String> ITEM_LISTS =
      Map.of(
          ExerciseKind.REWRITE, "checklist",
          ExerciseKind.RITUAL_PLANNER, "suggestions",
          ExerciseKind.PHRASE_PICKER, "phrases");

  private static final String ROOT = "the module";

  private final String source;
  private final ContentProblems problems;

  private ModuleDocumentReader(String source, ContentProblems problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * Reads and checks one document. Problems go to {@code problems}, each starting with {@code
   * source}; the document is returned only when there were none.
   */
  public static Optional<ModuleDocument> read(
      String source, String json, ContentProblems problems) {
    ContentProblems found = new ContentProblems();
    Optional<ModuleDocument> document = new ModuleDocumentReader(source, found).parse(json);
    document.ifPresent(d -> found.addAll(source, ModuleRules.check(d)));
    problems.addAll(found);
    return found.isEmpty() ? document : Optional.empty();
  }

  /** Reads and checks one document, or throws listing every problem found. */
  public static ModuleDocument readValid(String source, String json) {
    ContentProblems problems = new ContentProblems();
    Optional<ModuleDocument> document = read(source, json, problems);
    problems.throwIfAny();
    return document.orElseThrow();
  }

  private Optional<ModuleDocument> parse(String json) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      problems.add(source, "is not a valid JSON object: " + e.getMessage());
      return Optional.empty();
    }
    Fields module = new Fields(root, ROOT);
    module.allowOnly(MODULE_FIELDS);
    String languageCode = module.text("language");
    Language language = Language.ofCode(languageCode).orElse(null);
    if (language == null && !languageCode.isEmpty()) {
      problems.add(source, "language must be \"en\" or \"fr\", not \"" + languageCode + "\"");
    }
    ModuleDocument document =
        new ModuleDocument(
            module.text("slug"),
            module.integer("step"),
            language,
            module.text("title"),
            module.text("summary"),
            module.list("sections", this::section),
            module.list("exercises", this::exercise),
            module.object("quiz").map(this::quiz).orElse(new Quiz(0, List.of())),
            module.object("practice").map(this::practice).orElse(new Practice("", "")),
            module.text("joeysTake"),
            module.text("learnMore"),
            root.containsKey("guide")
                ? module.object("guide").map(this::guide).orElse(null)
                : null);
    return problems.isEmpty() ? Optional.of(document) : Optional.empty();
  }

  private Guide guide(Fields f) {
    f.allowOnly(
        Set.of(
            "lessonMinutes",
            "exerciseMinutes",
            "quizMinutes",
            "objectives",
            "opener",
            "phrases",
            "takeaways"));
    return new Guide(
        f.integer("lessonMinutes"),
        f.integer("exerciseMinutes"),
        f.integer("quizMinutes"),
        f.texts("objectives"),
        f.optionalText("opener"),
        f.texts("phrases"),
        f.texts("takeaways"));
  }

  private Section section(Fields f) {
    f.allowOnly(Set.of("id", "title", "body"));
    return new Section(f.text("id"), f.text("title"), f.text("body"));
  }

  private Exercise exercise(Fields f) {
    String kindName = f.text("kind");
    ExerciseKind kind = ExerciseKind.ofJsonName(kindName).orElse(null);
    if (kind == null) {
      if (!kindName.isEmpty()) {
        problems.add(source, f.where() + " has an unknown kind \"" + kindName + "\"");
      }
      return null;
    }
    Set<String> allowed = new HashSet<>(EXERCISE_FIELDS);
    allowed.addAll(KIND_FIELDS.get(kind));
    f.allowOnly(allowed, "a " + kind.jsonName() + " exercise");
    String itemList = ITEM_LISTS.get(kind);
    return new Exercise(
        f.text("id"),
        kind,
        f.text("title"),
        f.text("prompt"),
        f.bool("shared"),
        f.optionalText("conversationPrompt"),
        f.optionalText("placeholder"),
        f.optionalText("harshStartUp"),
        f.optionalText("modelAnswer"),
        f.optionalText("situation"),
        f.optionalList("choices", this::choice),
        f.optionalText("bestChoice"),
        itemList == null ? List.of() : f.optionalList(itemList, this::item),
        f.optionalBool("allowCustom"));
  }

  private Item item(Fields f) {
    f.allowOnly(Set.of("id", "label"));
    return new Item(f.text("id"), f.text("label"));
  }

  private Choice choice(Fields f) {
    f.allowOnly(Set.of("id", "label", "feedback"));
    return new Choice(f.text("id"), f.text("label"), f.text("feedback"));
  }

  private Quiz quiz(Fields f) {
    f.allowOnly(Set.of("passPercent", "questions"));
    return new Quiz(f.integer("passPercent"), f.list("questions", this::question));
  }

  private Question question(Fields f) {
    f.allowOnly(Set.of("id", "type", "text", "options"));
    String typeName = f.text("type");
    QuestionType type = QuestionType.ofJsonName(typeName).orElse(null);
    if (type == null && !typeName.isEmpty()) {
      problems.add(source, f.where() + " has an unknown type \"" + typeName + "\"");
    }
    return new Question(f.text("id"), type, f.text("text"), f.list("options", this::option));
  }

  private Option option(Fields f) {
    f.allowOnly(Set.of("id", "text", "correct", "explanation"));
    return new Option(f.text("id"), f.text("text"), f.bool("correct"), f.text("explanation"));
  }

  private Practice practice(Fields f) {
    f.allowOnly(Set.of("title", "body"));
    return new Practice(f.text("title"), f.text("body"));
  }

  /** One JSON object and where it is, reading fields and reporting what is missing or wrong. */
  private final class Fields {

    private final JsonObject object;
    private final String where;

    Fields(JsonObject object, String where) {
      this.object = object;
      this.where = where;
    }

    /**
     * Where this object is, with its id when it has one: {@code exercises[1] "rewrite-the-phone"}.
     */
    String where() {
      return where;
    }

    private String child(String name) {
      return where.equals(ROOT) ? name : where + ", " + name;
    }

    void allowOnly(Set<String> names) {
      allowOnly(names, "the format");
    }

    /** Reports each field that {@code user} does not use: often a typo, never silently ignored. */
    void allowOnly(Set<String> names, String user) {
      object.keySet().stream()
          .filter(name -> !names.contains(name))
          .sorted()
          .forEach(
              name ->
                  problems.add(
                      source,
                      where + " has \"" + name + "\", a field that " + user + " does not use"));
    }

    String text(String name) {
      JsonValue value = object.get(name);
      if (value instanceof JsonString string && !string.getString().isBlank()) {
        return string.getString();
      }
      problems.add(source, where + " needs a non-empty text \"" + name + "\"");
      return "";
    }

    String optionalText(String name) {
      JsonValue value = object.get(name);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString string) {
        return string.getString();
      }
      problems.add(source, where + ": \"" + name + "\" must be a string");
      return null;
    }

    /** A list of non-empty plain texts. */
    List<String> texts(String name) {
      JsonValue value = object.get(name);
      if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
        problems.add(source, where + " needs a list of texts \"" + name + "\"");
        return List.of();
      }
      List<String> result = new ArrayList<>();
      for (JsonValue element : value.asJsonArray()) {
        if (element instanceof JsonString string && !string.getString().isBlank()) {
          result.add(string.getString());
        } else {
          problems.add(source, where + ": \"" + name + "\" may hold only non-empty texts");
        }
      }
      return result;
    }

    boolean bool(String name) {
      JsonValue value = object.get(name);
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      problems.add(source, where + " needs \"" + name + "\": true or false");
      return false;
    }

    boolean optionalBool(String name) {
      return object.containsKey(name) && bool(name);
    }

    int integer(String name) {
      JsonValue value = object.get(name);
      if (value instanceof JsonNumber number && number.isIntegral()) {
        return number.intValue();
      }
      problems.add(source, where + " needs a whole number \"" + name + "\"");
      return 0;
    }

    Optional<Fields> object(String name) {
      JsonValue value = object.get(name);
      if (value instanceof JsonObject child) {
        return Optional.of(new Fields(child, child(name)));
      }
      problems.add(source, where + " needs an object \"" + name + "\"");
      return Optional.empty();
    }

    <T> List<T> list(String name, Function<Fields, T> reader) {
      if (!object.containsKey(name)) {
        problems.add(source, where + " needs a list \"" + name + "\"");
        return List.of();
      }
      return optionalList(name, reader);
    }

    /** The list's elements, each read by {@code reader}; one it cannot read (null) is left out. */
    <T> List<T> optionalList(String name, Function<Fields, T> reader) {
      JsonValue value = object.get(name);
      if (value == null) {
        return List.of();
      }
      if (value.getValueType() != JsonValue.ValueType.ARRAY) {
        problems.add(source, where + ": \"" + name + "\" must be a list");
        return List.of();
      }
      List<T> result = new ArrayList<>();
      List<JsonValue> values = value.asJsonArray();
      for (int i = 0; i < values.size(); i++) {
        String at = child(name + "[" + i + "]");
        if (values.get(i) instanceof JsonObject element) {
          JsonValue id = element.get("id");
          String label = id instanceof JsonString s ? at + " \"" + s.getString() + "\"" : at;
          T read = reader.apply(new Fields(element, label));
          if (read != null) {
            result.add(read);
          }
        } else {
          problems.add(source, at + " must be an object");
        }
      }
      return result;
    }
  }
}
