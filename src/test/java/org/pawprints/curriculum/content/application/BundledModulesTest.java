package org.pawprints.curriculum.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.pawprints.curriculum.content.application.BundledModules.BundledModule;
import org.pawprints.curriculum.content.application.BundledModules.StepRef;
import org.pawprints.curriculum.content.domain.InvalidModuleContentException;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.curriculum.content.domain.ModuleDocument.Exercise;
import org.pawprints.curriculum.content.domain.ModuleDocument.Question;
import org.pawprints.platform.i18n.Language;

/** The fourteen content files the application ships, and what happens to broken ones. */
class BundledModulesTest {

  /** The program's steps, as the first migration creates them. */
  static final List<String> SLUGS =
      List.of(
          "gentle-start-up",
          "rituals-of-connection",
          "turning-toward",
          "repair",
          "predictability",
          "appreciation",
          "course-corrections");

  static final List<StepRef> STEPS =
      IntStream.range(0, SLUGS.size()).mapToObj(i -> new StepRef(i + 1, SLUGS.get(i))).toList();

  private static final StepRef TINY = new StepRef(1, "tiny");

  @Test
  void allFourteenFilesAreValid() {
    List<BundledModule> modules = BundledModules.shipped().read(STEPS);
    assertEquals(SLUGS, modules.stream().map(BundledModule::slug).toList());
    for (BundledModule module : modules) {
      for (Language language : Language.values()) {
        ModuleDocument document = module.file(language).document();
        String where = module.file(language).path();
        assertEquals(language, document.language(), where);
        assertTrue(document.sections().size() >= 3 && document.sections().size() <= 6, where);
        assertTrue(document.exercises().size() >= 2, where);
        assertTrue(document.exercises().stream().anyMatch(Exercise::shared), where);
        int questions = document.quiz().questions().size();
        assertTrue(questions >= 4 && questions <= 8, where);
        for (Question question : document.quiz().questions()) {
          assertTrue(question.options().stream().noneMatch(o -> o.explanation().isBlank()), where);
        }
        assertFalse(document.practice().body().isBlank(), where);
        assertTrue(document.joeysTake().strip().endsWith("🐾"), where);
        assertFalse(document.learnMore().isBlank(), where);
      }
      assertEquals(
          ids(module.file(Language.EN).document()), ids(module.file(Language.FR).document()));
    }
  }

  @Test
  void noOtherFilesLieInTheContentFolder() throws URISyntaxException {
    File folder =
        new File(getClass().getClassLoader().getResource(BundledModules.LOCATION).toURI());
    Set<String> expected = new TreeSet<>(Set.of("README.md"));
    SLUGS.forEach(
        slug ->
            Arrays.stream(Language.values())
                .forEach(language -> expected.add(slug + "." + language.code() + ".json")));
    assertEquals(expected, new TreeSet<>(Arrays.asList(folder.list())));
  }

  @Test
  void everyModuleRendersToViews() {
    for (BundledModule module : BundledModules.shipped().read(STEPS)) {
      for (Language language : Language.values()) {
        ModuleView view = new ModuleView(module.file(language).document(), 1);
        assertEquals(module.slug(), view.getSlug());
        assertEquals(language, view.getLanguage());
        List<String> html = new ArrayList<>();
        view.getSections().forEach(s -> html.add(s.getBodyHtml()));
        view.getExercises().forEach(e -> html.add(e.getPromptHtml()));
        html.add(view.getPractice().getBodyHtml());
        html.add(view.getJoeysTakeHtml());
        html.add(view.getLearnMoreHtml());
        for (String fragment : html) {
          assertTrue(fragment.startsWith("<"), fragment);
          assertFalse(fragment.contains("<script"), fragment);
        }
        assertTrue(new ModuleSummary(view).getQuestionCount() >= 4);
      }
    }
  }

  @Test
  void exerciseViewsCarryTheirKindsData() {
    ModuleView repair = view("repair", Language.FR);
    ExerciseView phrases = repair.exercise("repair-phrases-for-me").orElseThrow();
    assertTrue(phrases.isShared());
    assertTrue(phrases.isAllowCustom());
    assertEquals(9, phrases.getPhrases().size());
    assertEquals(List.of(), phrases.getChecklist());
    assertEquals("phrasePicker", phrases.getKind().jsonName());

    ModuleView startUp = view("gentle-start-up", Language.EN);
    ExerciseView rewrite = startUp.exercise("rewrite-the-kitchen").orElseThrow();
    assertTrue(rewrite.getHarshStartUp().startsWith("You always leave the kitchen"));
    assertTrue(rewrite.getModelAnswer().startsWith("I’m worn out tonight"));
    assertEquals("feeling-named", rewrite.getChecklist().get(0).getId());

    ExerciseView scenario =
        view("turning-toward", Language.EN).exercise("the-video-on-the-couch").orElseThrow();
    assertEquals(3, scenario.getChoices().size());
    assertEquals(
        List.of("toward"),
        scenario.getChoices().stream().filter(ChoiceView::isBest).map(ChoiceView::getId).toList());

    QuestionView multiple = startUp.question("parts-of-a-gentle-start-up").orElseThrow();
    assertTrue(multiple.isMultiple());
    assertTrue(
        multiple.isAnsweredCorrectly(
            Set.of("name-a-feeling", "one-clear-request", "describe-without-verdict")));
    assertFalse(multiple.isAnsweredCorrectly(Set.of("name-a-feeling", "one-clear-request")));
    assertTrue(startUp.getQuiz().passes(5));
    assertFalse(startUp.getQuiz().passes(4));
  }

  @Test
  void aMissingTranslationFails() {
    InvalidModuleContentException e = failure("missing-translation");
    assertEquals(
        List.of(
            "module-fixtures/missing-translation/tiny.fr.json: is missing: every module needs"
                + " both an English and a French file"),
        e.getProblems());
  }

  @Test
  void mismatchedIdsFail() {
    InvalidModuleContentException e = failure("mismatched-ids");
    assertEquals(1, e.getProblems().size());
    String problem = e.getProblems().get(0);
    assertTrue(problem.startsWith("module-fixtures/mismatched-ids/tiny.fr.json: "), problem);
    assertTrue(
        problem.contains(
            "en has [exercise the-moment, scenario, not shared, bestChoice toward] where fr has"
                + " [exercise le-moment, scenario, not shared, bestChoice toward]"),
        problem);
  }

  @Test
  void brokenJsonFailsNamingTheFile() {
    InvalidModuleContentException e = failure("broken-json");
    assertTrue(
        e.getMessage().contains("module-fixtures/broken-json/tiny.en.json: is not a valid JSON"),
        e.getMessage());
  }

  @Test
  void aFileMustSayWhatItsNameSays() {
    InvalidModuleContentException e = failure("misnamed");
    assertEquals(
        List.of(
            "module-fixtures/misnamed/tiny.en.json: language is \"fr\" but the file name says en"),
        e.getProblems());
  }

  @Test
  void aFileMustBeForItsStep() {
    InvalidModuleContentException e =
        assertThrows(
            InvalidModuleContentException.class,
            () -> fixtures("valid").read(List.of(new StepRef(4, "tiny"))));
    assertEquals(2, e.getProblems().size());
    assertTrue(e.getProblems().get(0).endsWith("step is 1 but tiny is step 4 of the program"));
  }

  @Test
  void aStepWithoutFilesIsLeftToTheDatabase() {
    assertEquals(List.of(), fixtures("valid").read(List.of(new StepRef(2, "no-files-here"))));
    assertEquals(1, fixtures("valid").read(List.of(TINY)).size());
  }

  private static InvalidModuleContentException failure(String fixture) {
    InvalidModuleContentException e =
        assertThrows(
            InvalidModuleContentException.class, () -> fixtures(fixture).read(List.of(TINY)));
    assertTrue(e.getMessage().startsWith("Module content is invalid, so none of it was stored"));
    return e;
  }

  private static BundledModules fixtures(String name) {
    return new BundledModules("module-fixtures/" + name, BundledModulesTest.class.getClassLoader());
  }

  private static ModuleView view(String slug, Language language) {
    BundledModule module =
        BundledModules.shipped().read(List.of(STEPS.get(SLUGS.indexOf(slug)))).get(0);
    return new ModuleView(module.file(language).document(), 1);
  }

  private static String ids(ModuleDocument document) {
    return document.sections().stream()
            .map(ModuleDocument.Section::id)
            .collect(Collectors.joining(","))
        + document.exercises().stream().map(Exercise::id).collect(Collectors.joining(","))
        + document.quiz().questions().stream()
            .map(q -> q.id() + q.options().stream().map(o -> o.id()).toList())
            .collect(Collectors.joining(","));
  }
}
