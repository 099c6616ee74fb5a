package org.pawprints.live.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.platform.i18n.Language;

/**
 * Plan files that must be refused, each with a message that names the file and says what is wrong,
 * and the good pair they are made from (so that each refusal is caused by its one change).
 */
class BrokenSessionPlansTest {

  private static final String STEP = "tiny";

  @TempDir Path root;

  @Test
  void aGoodPairLoads() throws IOException {
    write("en", plan("en", activities("")));
    write("fr", plan("fr", activities("")));
    SessionPlan plan = plans().plan(STEP, Language.FR).orElseThrow();
    assertEquals(60, plan.totalMinutes());
    assertEquals(List.of(1), plan.activities().get(1).correct());
    assertEquals(PollChoice.SCALE, plan.activities().get(2).choice());
  }

  @Test
  void aFileThatIsNotJsonIsRefusedByName() throws IOException {
    write("en", plan("en", activities("")));
    write("fr", "{ \"step\": \"tiny\", ");
    assertRefused("content/plans/tiny.fr.json: is not a valid JSON object");
  }

  @Test
  void anUnknownKindIsRefused() throws IOException {
    write("en", plan("en", activities("").replace("\"BREAK\"", "\"NAP\"")));
    write("fr", plan("fr", activities("")));
    assertRefused("content/plans/tiny.en.json: activity 4: kind \"NAP\" is unknown");
  }

  @Test
  void aMisspelledFieldIsRefused() throws IOException {
    write("en", plan("en", activities("").replace("\"prompt\": \"Rate", "\"promt\": \"Rate")));
    write("fr", plan("fr", activities("")));
    assertRefused("tiny.en.json: activity 3 (POLL): field \"promt\" is not expected here");
  }

  @Test
  void zeroMinutesAndATotalOutsideSixtyToNinetyAreRefused() throws IOException {
    write(
        "en",
        plan(
            "en",
            activities("").replace("\"Pause\", \"minutes\": 10", "\"Pause\", \"minutes\": 0")));
    write("fr", plan("fr", activities("")));
    InvalidSessionPlanException refused =
        assertThrows(InvalidSessionPlanException.class, this::load);
    assertTrue(
        refused
            .problems()
            .contains(
                "content/plans/tiny.en.json: activity 4 (BREAK): \"minutes\" must be more than 0"),
        refused.getMessage());
    assertTrue(
        refused
            .problems()
            .contains(
                "content/plans/tiny.en.json: the activities add up to 50 minutes; a plan takes 60 to 90"),
        refused.getMessage());
  }

  @Test
  void aChoicePollWithoutOptionsIsRefused() throws IOException {
    write(
        "en",
        plan("en", activities("").replace("\"choice\": \"SCALE\"", "\"choice\": \"SINGLE\"")));
    write("fr", plan("fr", activities("")));
    assertRefused("tiny.en.json: activity 3 (POLL): needs at least 2 options");
  }

  @Test
  void aRightAnswerOutsideTheOptionsIsRefused() throws IOException {
    write("en", plan("en", activities("").replace("\"correct\": [1]", "\"correct\": [3]")));
    write("fr", plan("fr", activities("")));
    assertRefused(
        "tiny.en.json: activity 2 (QUIZ_QUESTION): \"correct\" names option 3, but the options are numbered 0 to 1");
  }

  @Test
  void aQuizQuestionWithoutRightAnswerIsRefused() throws IOException {
    write("en", plan("en", activities("").replace("\"correct\": [1]", "\"correct\": []")));
    write("fr", plan("fr", activities("")));
    assertRefused("\"correct\" must name at least one right option");
  }

  @Test
  void englishAndFrenchWithDifferentKindsAreRefused() throws IOException {
    write("en", plan("en", activities("")));
    write(
        "fr",
        plan(
            "fr",
            activities("")
                .replace(
                    "{ \"kind\": \"BREAK\", \"title\": \"Pause\", \"minutes\": 10 }",
                    "{ \"kind\": \"CHECK_IN\", \"title\": \"Pause\", \"minutes\": 10, \"prompt\": \"1-10\" }")));
    assertRefused(
        "tiny.fr.json: has the activities [SLIDE, QUIZ_QUESTION, POLL, CHECK_IN]"
            + " but the English file has [SLIDE, QUIZ_QUESTION, POLL, BREAK]");
  }

  @Test
  void aStepWithOnlyOneLanguageIsRefused() throws IOException {
    write("en", plan("en", activities("")));
    assertRefused("content/plans/tiny.fr.json: is missing");
  }

  @Test
  void aFileThatSaysAnotherLanguageThanItsNameIsRefused() throws IOException {
    write("en", plan("fr", activities("")));
    write("fr", plan("fr", activities("")));
    assertRefused("content/plans/tiny.en.json: language is not the file name's en");
  }

  private void assertRefused(String expected) {
    InvalidSessionPlanException refused =
        assertThrows(InvalidSessionPlanException.class, this::load);
    assertTrue(refused.getMessage().contains(expected), refused.getMessage());
  }

  private void load() throws IOException {
    plans().all();
  }

  private SessionPlans plans() throws IOException {
    URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    return new SessionPlans("content/plans", loader, List.of(STEP));
  }

  private void write(String language, String json) throws IOException {
    Path file = root.resolve("content/plans/" + STEP + "." + language + ".json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  private static String plan(String language, String activities) {
    return """
        { "step": "tiny", "language": "%s", "version": 1, "title": "Tiny",
          "objectives": ["Something"], "activities": [%s] }
        """
        .formatted(language, activities);
  }

  /** A slide, a quiz question, a scale poll and a break: 60 minutes. */
  private static String activities(String extra) {
    return """
        { "kind": "SLIDE", "title": "Hello", "minutes": 30, "body": "Hi", "notes": "Smile" },
        { "kind": "QUIZ_QUESTION", "title": "Q", "minutes": 10, "prompt": "Which?",
          "options": ["A", "B"], "correct": [1], "explanation": "B it is" },
        { "kind": "POLL", "title": "P", "minutes": 10, "prompt": "Rate it", "choice": "SCALE" },
        { "kind": "BREAK", "title": "Pause", "minutes": 10 }%s
        """
        .formatted(extra);
  }
}
