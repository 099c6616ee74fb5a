package org.pawprints.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleContentLoader;
import org.pawprints.curriculum.content.application.ModuleContentLoader.LoadReport;
import org.pawprints.curriculum.content.application.ModuleSummary;
import org.pawprints.curriculum.content.application.ModuleVersions;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.curriculum.content.domain.ExerciseKind;
import org.pawprints.curriculum.content.domain.InvalidModuleContentException;
import org.pawprints.curriculum.content.domain.ModuleContentVersion;
import org.pawprints.curriculum.content.domain.VersionSource;
import org.pawprints.platform.i18n.Language;
import org.pawprints.testing.PawprintsDeployment;

/** Inside Payara Micro: module content loaded at startup, versioned, and read back. */
@ExtendWith(ArquillianExtension.class)
class ModuleContentIT {

  private static final List<String> SLUGS =
      List.of(
          "gentle-start-up",
          "rituals-of-connection",
          "turning-toward",
          "repair",
          "predictability",
          "appreciation",
          "course-corrections");

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(ModuleContentIT.class, ModuleContentTestData.class);
  }

  @Inject ModuleCatalog catalog;
  @Inject ModuleContentLoader loader;
  @Inject ModuleVersions versions;
  @Inject ModuleContentTestData data;

  @BeforeEach
  @AfterEach
  void shippedContentOnly() {
    data.resetToShippedContent();
  }

  @Test
  void sevenModulesInTwoLanguagesWereLoadedAtStartup() {
    assertEquals(7, data.countModules());
    for (Language language : Language.values()) {
      List<ModuleSummary> modules = catalog.modules(language);
      assertEquals(SLUGS, modules.stream().map(ModuleSummary::getSlug).toList());
      for (int i = 0; i < modules.size(); i++) {
        assertEquals(i + 1, modules.get(i).getStepNumber());
      }
      for (String slug : SLUGS) {
        ModuleView module = catalog.module(slug, language).orElseThrow();
        assertEquals(language, module.getLanguage());
        assertEquals(VersionSource.REPOSITORY, data.current(slug, language).getSource());
        assertTrue(module.getSections().size() >= 3, slug);
        assertTrue(module.getExercises().stream().anyMatch(ExerciseView::isShared), slug);
        assertTrue(module.getQuiz().getQuestions().size() >= 4, slug);
        assertTrue(module.getJoeysTakeHtml().contains("🐾"), slug);
      }
    }
  }

  @Test
  void theContentComesBackInEachLanguage() {
    ModuleView en = catalog.module("gentle-start-up", Language.EN).orElseThrow();
    ModuleView fr = catalog.module("gentle-start-up", Language.FR).orElseThrow();
    assertEquals("Gentle start-ups", en.getTitle());
    assertTrue(en.getSections().get(1).getBodyHtml().contains("<strong>How you feel.</strong>"));
    assertTrue(en.getSections().get(1).getBodyHtml().contains("<blockquote>"));
    assertEquals(ExerciseKind.REWRITE, en.exercise("rewrite-the-kitchen").orElseThrow().getKind());
    assertEquals(
        en.getExercises().stream().map(ExerciseView::getId).toList(),
        fr.getExercises().stream().map(ExerciseView::getId).toList());
    assertTrue(!en.getTitle().equals(fr.getTitle()));
    assertTrue(catalog.module("no-such-step", Language.EN).isEmpty());
    assertTrue(catalog.module("' OR 1=1 --", Language.FR).isEmpty());
  }

  @Test
  void loadingAgainAddsNothing() {
    long before = data.countVersions();
    assertEquals(new LoadReport(0, 0, 7, 0), loader.load());
    assertEquals(new LoadReport(0, 0, 7, 0), loader.load());
    assertEquals(before, data.countVersions());
    assertEquals(7, data.countModules());
  }

  @Test
  void aNewerPublishedVersionWins() {
    ModuleContentVersion first = data.current("repair", Language.EN);
    List<ModuleContentVersion> added =
        versions.publish(
            "repair",
            Map.of(Language.EN, edit(first, p -> p.replace("/title", "Repair, revised"))),
            VersionSource.EDITOR);

    assertEquals(1, added.size());
    ModuleView module = catalog.module("repair", Language.EN).orElseThrow();
    assertEquals("Repair, revised", module.getTitle());
    assertEquals(first.getVersionNo() + 1, module.getVersionNo());
    assertEquals(
        "Repair, revised",
        catalog.modules(Language.EN).stream()
            .filter(m -> m.getSlug().equals("repair"))
            .findFirst()
            .orElseThrow()
            .getTitle());
    assertEquals(
        data.current("repair", Language.FR).getVersionNo(),
        catalog.module("repair", Language.FR).orElseThrow().getVersionNo());
  }

  @Test
  void anEditedModuleIsNeverOverwrittenByItsFiles() {
    ModuleContentVersion first = data.current("repair", Language.FR);
    versions.publish(
        "repair",
        Map.of(Language.FR, edit(first, p -> p.replace("/summary", "Revu."))),
        VersionSource.EDITOR);
    data.forgetFileContent("repair", Language.EN);

    long before = data.countVersions();
    assertEquals(new LoadReport(0, 0, 6, 1), loader.load());
    assertEquals(before, data.countVersions());
    assertEquals("Revu.", catalog.module("repair", Language.FR).orElseThrow().getSummary());
  }

  @Test
  void aChangedFileBecomesANewVersionWhenNobodyEditedTheModule() {
    ModuleContentVersion first = data.current("predictability", Language.FR);
    data.forgetFileContent("predictability", Language.FR);

    assertEquals(new LoadReport(0, 1, 6, 0), loader.load());
    ModuleContentVersion now = data.current("predictability", Language.FR);
    assertEquals(first.getVersionNo() + 1, now.getVersionNo());
    assertEquals(VersionSource.REPOSITORY, now.getSource());
    assertEquals(first.getContentJson(), now.getContentJson());
    assertEquals(new LoadReport(0, 0, 7, 0), loader.load());
  }

  @Test
  void aDraftDoesNotWin() {
    ModuleContentVersion first = data.current("appreciation", Language.EN);
    data.addDraft("appreciation", Language.EN, edit(first, p -> p.replace("/title", "Draft")));

    ModuleView module = catalog.module("appreciation", Language.EN).orElseThrow();
    assertEquals(first.getVersionNo(), module.getVersionNo());
    assertTrue(!module.getTitle().equals("Draft"));
  }

  @Test
  void aVersionThatDropsAnExerciseIsRefusedAndNothingIsStored() {
    long before = data.countVersions();
    ModuleContentVersion en = data.current("turning-toward", Language.EN);
    ModuleContentVersion fr = data.current("turning-toward", Language.FR);
    InvalidModuleContentException e =
        assertThrows(
            InvalidModuleContentException.class,
            () ->
                versions.publish(
                    "turning-toward",
                    Map.of(
                        Language.EN, edit(en, p -> p.remove("/exercises/1")),
                        Language.FR, edit(fr, p -> p.remove("/exercises/1"))),
                    VersionSource.EDITOR));
    assertTrue(e.getMessage().contains("is missing from the new version"), e.getMessage());
    assertEquals(before, data.countVersions());
  }

  @Test
  void aStructuralChangeInOneLanguageOnlyIsRefused() {
    ModuleContentVersion en = data.current("course-corrections", Language.EN);
    JsonObject extra =
        Json.createObjectBuilder()
            .add("id", "one-more-thought")
            .add("kind", "reflection")
            .add("title", "One more thought")
            .add("prompt", "Write it down.")
            .add("shared", false)
            .build();
    InvalidModuleContentException e =
        assertThrows(
            InvalidModuleContentException.class,
            () ->
                versions.publish(
                    "course-corrections",
                    Map.of(Language.EN, edit(en, p -> p.add("/exercises/-", extra))),
                    VersionSource.EDITOR));
    assertTrue(e.getMessage().contains("must have the same structure and ids"), e.getMessage());
  }

  private static String edit(ModuleContentVersion version, UnaryOperator<JsonPatchBuilder> edit) {
    JsonObject document =
        Json.createReader(new StringReader(version.getContentJson())).readObject();
    return edit.apply(Json.createPatchBuilder()).build().apply(document).toString();
  }
}
