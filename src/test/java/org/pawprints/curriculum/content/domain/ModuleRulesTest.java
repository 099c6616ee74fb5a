package org.pawprints.curriculum.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.i18n.Language;

/** Each rule of the module format, broken one at a time in a small valid module. */
class ModuleRulesTest {

  private static final String SOURCE = "tiny.en.json";

  @Test
  void theValidFixtureIsValidInBothLanguages() {
    ModuleDocument en = ModuleDocumentReader.readValid(SOURCE, fixture("en"));
    ModuleDocument fr = ModuleDocumentReader.readValid("tiny.fr.json", fixture("fr"));
    assertEquals(Language.EN, en.language());
    assertEquals(3, en.exercises().size());
    assertEquals(ExerciseKind.SCENARIO, en.exercises().get(1).kind());
    assertEquals("toward", en.exercises().get(1).bestChoice());
    assertEquals(3, en.exercises().get(2).items().size());
    assertEquals(QuestionType.TRUE_FALSE, en.quiz().questions().get(2).type());
    assertEquals(List.of(), ModuleRules.compareLanguages(en, fr));
  }

  @Test
  void brokenJsonNamesTheSource() {
    assertProblem("tiny.en.json: is not a valid JSON object", json -> json.substring(0, 200));
  }

  @Test
  void sectionsNumberThreeToSix() {
    assertProblem("sections: expected 3 to 6, found 2", patch(p -> p.remove("/sections/2")));
  }

  @Test
  void atLeastTwoExercises() {
    assertProblem(
        "exercises: expected 2 to 4, found 1",
        patch(p -> p.remove("/exercises/2").remove("/exercises/1")));
  }

  @Test
  void atLeastOneSharedExercise() {
    assertProblem(
        "at least one exercise must be shared",
        patch(p -> p.replace("/exercises/0/shared", false)));
  }

  @Test
  void aSharedExerciseHasAConversationPrompt() {
    assertProblem(
        "exercise \"my-thoughts\" is shared, so it needs a \"conversationPrompt\"",
        patch(p -> p.remove("/exercises/0/conversationPrompt")));
  }

  @Test
  void quizHasFourToEightQuestions() {
    assertProblem(
        "quiz questions: expected 4 to 8, found 3", patch(p -> p.remove("/quiz/questions/3")));
  }

  @Test
  void everyOptionHasAnExplanation() {
    assertProblem(
        "quiz, questions[0] \"pick-one\", options[1] \"b\" needs a non-empty text \"explanation\"",
        patch(p -> p.remove("/quiz/questions/0/options/1/explanation")));
  }

  @Test
  void singleChoiceHasExactlyOneCorrectOption() {
    assertProblem(
        "question \"pick-one\" is single choice: exactly one option must be correct, not 2",
        patch(p -> p.replace("/quiz/questions/0/options/1/correct", true)));
  }

  @Test
  void multipleChoiceHasTwoOrMoreCorrectOptions() {
    assertProblem(
        "question \"pick-some\" is multiple choice: two or more options must be correct, not 1",
        patch(p -> p.replace("/quiz/questions/1/options/1/correct", false)));
  }

  @Test
  void trueFalseHasExactlyTwoOptions() {
    JsonObject third =
        Json.createObjectBuilder()
            .add("id", "maybe")
            .add("text", "Maybe")
            .add("correct", false)
            .add("explanation", "No.")
            .build();
    assertProblem(
        "question \"is-it-true\" is true/false: it needs exactly two options",
        patch(p -> p.add("/quiz/questions/2/options/-", third)));
  }

  @Test
  void scenarioBestChoiceIsOneOfItsChoices() {
    assertProblem(
        "exercise \"the-moment\" needs a \"bestChoice\" that is the id of one of its choices",
        patch(p -> p.replace("/exercises/1/bestChoice", "sideways")));
  }

  @Test
  void rewriteChecklistKeepsTheThreeBasics() {
    assertProblem(
        "exercise \"say-it-softly\" needs the checklist item \"no-absolutes\"",
        patch(p -> p.remove("/exercises/2/checklist/2")));
  }

  @Test
  void practiceJoeysTakeAndLearnMoreAreRequired() {
    assertProblem("the module needs an object \"practice\"", patch(p -> p.remove("/practice")));
    assertProblem(
        "the module needs a non-empty text \"joeysTake\"",
        patch(p -> p.replace("/joeysTake", " ")));
    assertProblem(
        "the module needs a non-empty text \"learnMore\"", patch(p -> p.remove("/learnMore")));
  }

  @Test
  void idsAreKebabCaseAndUnique() {
    assertProblem(
        "\"Second\" must be lowercase kebab-case",
        patch(p -> p.replace("/sections/1/id", "Second")));
    assertProblem(
        "\"first\" is used more than once", patch(p -> p.replace("/exercises/1/id", "first")));
  }

  @Test
  void kebabCaseIsLowercaseWordsJoinedBySingleHyphens() {
    for (String good : List.of("a", "why-tone-matters", "step-2")) {
      assertTrue(ModuleRules.isKebabCase(good), good);
    }
    for (String bad : List.of("", "-a", "a-", "a--b", "A", "a_b", "a b", "é")) {
      assertFalse(ModuleRules.isKebabCase(bad), bad);
    }
  }

  @Test
  void aTypoInAFieldNameIsReported() {
    assertProblem(
        "exercises[0] \"my-thoughts\" has \"conversationPromt\", a field that a reflection"
            + " exercise does not use",
        patch(p -> p.add("/exercises/0/conversationPromt", "Hm?")));
  }

  @Test
  void unknownKindsAndTypesAreReported() {
    assertProblem(
        "has an unknown kind \"essay\"", patch(p -> p.replace("/exercises/0/kind", "essay")));
    assertProblem(
        "has an unknown type \"ranking\"",
        patch(p -> p.replace("/quiz/questions/0/type", "ranking")));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ContentProblems problems = new ContentProblems();
    ModuleDocumentReader.read(
        SOURCE,
        patch(p -> p.remove("/sections/2").replace("/exercises/0/shared", false))
            .apply(fixture("en")),
        problems);
    assertEquals(2, problems.list().size(), problems.list().toString());
  }

  @Test
  void languagesDifferingInStructureAreNamed() {
    ModuleDocument en = ModuleDocumentReader.readValid(SOURCE, fixture("en"));
    ModuleDocument fr =
        ModuleDocumentReader.readValid(
            "tiny.fr.json",
            patch(p -> p.replace("/quiz/questions/1/options/2/correct", true))
                .apply(fixture("fr")));
    List<String> problems = ModuleRules.compareLanguages(en, fr);
    assertEquals(1, problems.size());
    assertTrue(
        problems.get(0).contains("en has [question pick-some option c, not correct]"),
        problems.get(0));
  }

  @Test
  void aNewVersionKeepsExercisesAndQuestions() {
    ModuleDocument before = ModuleDocumentReader.readValid(SOURCE, fixture("en"));
    ModuleDocument textEdited =
        ModuleDocumentReader.readValid(
            SOURCE,
            patch(p -> p.replace("/exercises/1/title", "A new title")).apply(fixture("en")));
    assertEquals(List.of(), ModuleRules.compareVersions(before, textEdited));

    ModuleDocument removed =
        ModuleDocumentReader.readValid(
            SOURCE, patch(p -> p.remove("/exercises/2")).apply(fixture("en")));
    assertTrue(
        ModuleRules.compareVersions(before, removed)
            .get(0)
            .startsWith("exercise \"say-it-softly\" (rewrite, not shared) is missing"));

    ModuleDocument madeShared =
        ModuleDocumentReader.readValid(
            SOURCE,
            patch(
                    p ->
                        p.replace("/exercises/1/shared", true)
                            .add("/exercises/1/conversationPrompt", "Talk."))
                .apply(fixture("en")));
    assertEquals(
        List.of(
            "exercise \"the-moment\" (scenario, not shared) became exercise \"the-moment\""
                + " (scenario, shared): give the changed item a new id instead"),
        ModuleRules.compareVersions(before, madeShared));
  }

  @Test
  void readValidThrowsWithEveryProblem() {
    InvalidModuleContentException e =
        assertThrows(
            InvalidModuleContentException.class,
            () ->
                ModuleDocumentReader.readValid(
                    SOURCE, patch(p -> p.remove("/sections/2")).apply(fixture("en"))));
    assertTrue(e.getMessage().contains("tiny.en.json: sections: expected 3 to 6, found 2"));
    assertEquals(1, e.getProblems().size());
  }

  private static void assertProblem(String expected, UnaryOperator<String> breakIt) {
    ContentProblems problems = new ContentProblems();
    ModuleDocumentReader.read(SOURCE, breakIt.apply(fixture("en")), problems);
    assertTrue(
        problems.list().stream().anyMatch(p -> p.startsWith(SOURCE + ": ") && p.contains(expected)),
        () -> "expected a problem containing <" + expected + "> but got " + problems.list());
  }

  private static UnaryOperator<String> patch(UnaryOperator<JsonPatchBuilder> operations) {
    return json -> {
      JsonObject document = Json.createReader(new StringReader(json)).readObject();
      JsonValue patched = operations.apply(Json.createPatchBuilder()).build().apply(document);
      return patched.toString();
    };
  }

  static String fixture(String language) {
    String path = "module-fixtures/valid/tiny." + language + ".json";
    try (InputStream in = ModuleRulesTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
