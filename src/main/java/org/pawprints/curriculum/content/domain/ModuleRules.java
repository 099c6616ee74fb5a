package org.pawprints.curriculum.content.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pawprints.curriculum.content.domain.ModuleDocument.Exercise;
import org.pawprints.curriculum.content.domain.ModuleDocument.Option;
import org.pawprints.curriculum.content.domain.ModuleDocument.Question;

/**
 * What makes a module complete and safe to publish: the shape every module has (sections,
 * exercises, a quiz, a practice card, Joey's take), the same ids in both languages, and ids that
 * stay put from one version to the next. Each method returns the problems it finds, in words a
 * content writer understands; an empty list means none.
 */
public final class ModuleRules {

  private static final Set<String> REQUIRED_CHECKLIST =
      Set.of("feeling-named", "need-stated", "no-absolutes");

  private ModuleRules() {}

  /** The rules for one document on its own. */
  public static List<String> check(ModuleDocument module) {
    List<String> problems = new ArrayList<>();
    if (!isKebabCase(module.slug())) {
      problems.add("slug \"" + module.slug() + "\" must be lowercase kebab-case");
    }
    if (module.step() < 1) {
      problems.add("step must be 1 or more");
    }
    count(problems, "sections", module.sections().size(), 3, 6);
    count(problems, "exercises", module.exercises().size(), 2, 4);
    if (module.exercises().stream().noneMatch(Exercise::shared)) {
      problems.add("at least one exercise must be shared (\"shared\": true)");
    }
    List<String> ids = new ArrayList<>();
    module.sections().forEach(s -> ids.add(s.id()));
    module.exercises().forEach(e -> ids.add(e.id()));
    module.quiz().questions().forEach(q -> ids.add(q.id()));
    checkIds(problems, "section, exercise and question ids", ids);
    module.exercises().forEach(exercise -> checkExercise(problems, exercise));
    int pass = module.quiz().passPercent();
    if (pass < 1 || pass > 100) {
      problems.add("quiz passPercent must be between 1 and 100, not " + pass);
    }
    count(problems, "quiz questions", module.quiz().questions().size(), 4, 8);
    module.quiz().questions().forEach(question -> checkQuestion(problems, question));
    return problems;
  }

  /**
   * The English and French documents of a module must be the same module: the same ids in the same
   * order, the same kinds, types, shared flags and correct answers. Only human text may differ.
   */
  public static List<String> compareLanguages(ModuleDocument one, ModuleDocument other) {
    List<String> a = structure(one);
    List<String> b = structure(other);
    String nameA = one.language().code();
    String nameB = other.language().code();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String lineA = i < a.size() ? a.get(i) : "nothing more";
      String lineB = i < b.size() ? b.get(i) : "nothing more";
      if (!lineA.equals(lineB)) {
        return List.of(
            "the "
                + nameA
                + " and "
                + nameB
                + " versions must have the same structure and ids, but "
                + nameA
                + " has ["
                + lineA
                + "] where "
                + nameB
                + " has ["
                + lineB
                + "]");
      }
    }
    return List.of();
  }

  /**
   * A new version keeps every exercise and question of the one before, with the same id, kind (or
   * type) and shared flag, because answers are stored against them: a private answer must never
   * become visible to a partner because an exercise turned shared. New ids may be added.
   */
  public static List<String> compareVersions(ModuleDocument previous, ModuleDocument next) {
    List<String> problems = new ArrayList<>();
    Map<String, String> before = identities(previous);
    Map<String, String> after = identities(next);
    before.forEach(
        (id, identity) -> {
          String now = after.get(id);
          if (now == null) {
            problems.add(
                identity
                    + " is missing from the new version: answers refer to it, so keep it (add a"
                    + " new id for new content)");
          } else if (!now.equals(identity)) {
            problems.add(identity + " became " + now + ": give the changed item a new id instead");
          }
        });
    return problems;
  }

  private static void checkExercise(List<String> problems, Exercise exercise) {
    String name = "exercise \"" + exercise.id() + "\"";
    if (exercise.shared() && isBlank(exercise.conversationPrompt())) {
      problems.add(name + " is shared, so it needs a \"conversationPrompt\"");
    }
    switch (exercise.kind()) {
      case REWRITE -> {
        require(problems, name, "harshStartUp", exercise.harshStartUp());
        require(problems, name, "modelAnswer", exercise.modelAnswer());
        Set<String> ids = new HashSet<>();
        exercise.items().forEach(item -> ids.add(item.id()));
        for (String needed : REQUIRED_CHECKLIST.stream().sorted().toList()) {
          if (!ids.contains(needed)) {
            problems.add(name + " needs the checklist item \"" + needed + "\"");
          }
        }
      }
      case SCENARIO -> {
        require(problems, name, "situation", exercise.situation());
        count(problems, name + " choices", exercise.choices().size(), 3, 3);
        if (exercise.choices().stream().noneMatch(c -> c.id().equals(exercise.bestChoice()))) {
          problems.add(name + " needs a \"bestChoice\" that is the id of one of its choices");
        }
      }
      case RITUAL_PLANNER -> count(problems, name + " suggestions", exercise.items().size(), 4, 8);
      case PHRASE_PICKER -> count(problems, name + " phrases", exercise.items().size(), 5, 10);
      case REFLECTION, COMMITMENT -> {
        // A placeholder is welcome but optional.
      }
    }
    checkIds(problems, name + " item ids", ids(exercise.items(), ModuleDocument.Item::id));
    checkIds(problems, name + " choice ids", ids(exercise.choices(), ModuleDocument.Choice::id));
  }

  private static void checkQuestion(List<String> problems, Question question) {
    String name = "question \"" + question.id() + "\"";
    int options = question.options().size();
    long correct = question.correctCount();
    checkIds(problems, name + " option ids", ids(question.options(), Option::id));
    switch (question.type()) {
      case SINGLE -> {
        count(problems, name + " options", options, 3, 4);
        if (correct != 1) {
          problems.add(
              name + " is single choice: exactly one option must be correct, not " + correct);
        }
      }
      case MULTIPLE -> {
        count(problems, name + " options", options, 4, 5);
        if (correct < 2) {
          problems.add(
              name + " is multiple choice: two or more options must be correct, not " + correct);
        }
      }
      case TRUE_FALSE -> {
        List<String> ids = ids(question.options(), Option::id);
        if (!ids.equals(List.of("true", "false"))) {
          problems.add(
              name + " is true/false: it needs exactly two options, \"true\" then \"false\"");
        } else if (correct != 1) {
          problems.add(name + " is true/false: exactly one option must be correct");
        }
      }
    }
  }

  /** The module's structure as lines: everything that must match between languages. */
  private static List<String> structure(ModuleDocument module) {
    List<String> lines = new ArrayList<>();
    lines.add("slug " + module.slug() + ", step " + module.step());
    module.sections().forEach(s -> lines.add("section " + s.id()));
    for (Exercise e : module.exercises()) {
      lines.add(
          "exercise "
              + e.id()
              + ", "
              + e.kind().jsonName()
              + (e.shared() ? ", shared" : ", not shared")
              + (e.allowCustom() ? ", allowCustom" : "")
              + (e.bestChoice() == null ? "" : ", bestChoice " + e.bestChoice()));
      e.choices().forEach(c -> lines.add("exercise " + e.id() + " choice " + c.id()));
      e.items().forEach(i -> lines.add("exercise " + e.id() + " item " + i.id()));
    }
    lines.add("quiz passPercent " + module.quiz().passPercent());
    for (Question q : module.quiz().questions()) {
      lines.add("question " + q.id() + ", " + q.type().jsonName());
      q.options()
          .forEach(
              o ->
                  lines.add(
                      "question "
                          + q.id()
                          + " option "
                          + o.id()
                          + (o.correct() ? ", correct" : ", not correct")));
    }
    return lines;
  }

  /** What answers depend on, by id: an exercise's kind and shared flag, a question's type. */
  private static Map<String, String> identities(ModuleDocument module) {
    Map<String, String> identities = new LinkedHashMap<>();
    for (Exercise e : module.exercises()) {
      identities.put(
          "exercise " + e.id(),
          "exercise \""
              + e.id()
              + "\" ("
              + e.kind().jsonName()
              + (e.shared() ? ", shared" : ", not shared")
              + ")");
    }
    for (Question q : module.quiz().questions()) {
      identities.put(
          "question " + q.id(), "question \"" + q.id() + "\" (" + q.type().jsonName() + ")");
    }
    return identities;
  }

  private static void checkIds(List<String> problems, String what, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!isKebabCase(id)) {
        problems.add(what + ": \"" + id + "\" must be lowercase kebab-case");
      }
      if (!seen.add(id)) {
        problems.add(what + ": \"" + id + "\" is used more than once");
      }
    }
  }

  private static <T> List<String> ids(List<T> elements, Function<T, String> id) {
    return elements.stream().map(id).toList();
  }

  private static void count(List<String> problems, String what, int actual, int min, int max) {
    if (actual < min || actual > max) {
      String expected = min == max ? "exactly " + min : min + " to " + max;
      problems.add(what + ": expected " + expected + ", found " + actual);
    }
  }

  private static void require(List<String> problems, String name, String field, String value) {
    if (isBlank(value)) {
      problems.add(name + " needs a non-empty \"" + field + "\"");
    }
  }

  /**
   * Lowercase words of letters and digits joined by single hyphens, such as {@code why-it-works}.
   */
  static boolean isKebabCase(String id) {
    if (id.isEmpty() || id.startsWith("-") || id.endsWith("-") || id.contains("--")) {
      return false;
    }
    return id.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
