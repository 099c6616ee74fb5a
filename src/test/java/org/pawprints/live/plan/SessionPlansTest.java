package org.pawprints.live.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.platform.i18n.Language;

/** The fourteen default session plans the application ships, read as the server reads them. */
class SessionPlansTest {

  /** The program's steps, as the first migration creates them and content/modules names them. */
  static final List<String> STEPS =
      List.of(
          "gentle-start-up",
          "rituals-of-connection",
          "turning-toward",
          "repair",
          "predictability",
          "appreciation",
          "course-corrections");

  private final SessionPlans plans =
      new SessionPlans(SessionPlans.LOCATION, SessionPlansTest.class.getClassLoader(), STEPS);

  @Test
  void everyStepHasAValidPlanInBothLanguages() {
    assertEquals(STEPS.size() * 2, plans.all().size());
    for (String step : STEPS) {
      for (Language language : Language.values()) {
        SessionPlan plan = plans.plan(step, language).orElseThrow(() -> new AssertionError(step));
        String where = step + "." + language.code();
        assertEquals(step, plan.step(), where);
        assertEquals(language, plan.language(), where);
        assertTrue(plan.totalMinutes() >= 60 && plan.totalMinutes() <= 90, where);
        assertFalse(plan.objectives().isEmpty(), where);
      }
    }
  }

  @Test
  void everyPlanHasTheActivitiesTheIssueAsksFor() {
    for (SessionPlan plan : plans.all()) {
      List<ActivityKind> kinds = plan.activities().stream().map(PlannedActivity::kind).toList();
      String where = plan.step() + "." + plan.language().code() + " " + kinds;
      assertEquals(ActivityKind.CHECK_IN, kinds.get(0), "a check-in opens: " + where);
      assertEquals(ActivityKind.CHECK_IN, kinds.get(kinds.size() - 1), "and closes: " + where);
      assertTrue(new HashSet<>(kinds).containsAll(Set.of(ActivityKind.values())), where);
      assertTrue(
          plan.activities().stream()
              .filter(a -> a.kind() == ActivityKind.SLIDE)
              .anyMatch(
                  a -> a.notes().contains("Demonstration") || a.notes().contains("Démonstration")),
          "a demonstration script in a slide's notes: " + where);
    }
  }

  @Test
  void englishAndFrenchRunTheSameAgenda() {
    for (String step : STEPS) {
      SessionPlan english = plans.plan(step, Language.EN).orElseThrow();
      SessionPlan french = plans.plan(step, Language.FR).orElseThrow();
      assertEquals(kinds(english), kinds(french), step);
      assertEquals(minutes(english), minutes(french), step);
      assertTrue(
          english.activities().stream().noneMatch(a -> french.activities().contains(a)),
          "every activity is translated: " + step);
    }
  }

  @Test
  void noTextSharesARunOfEightWordsWithTheSeedArticle() throws IOException {
    Set<String> article = seedArticleRuns();
    List<String> shared = new ArrayList<>();
    for (SessionPlan plan : plans.all()) {
      for (String text : plan.texts()) {
        for (String run : runsOf(text)) {
          if (article.contains(EightWordRuns.fingerprint(run))) {
            shared.add(plan.step() + "." + plan.language().code() + ": \"" + run + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), shared);
  }

  /**
   * Quiz questions taken from a module keep the module's words (question and options); every other
   * text is written for the room and repeats no eight words of any module in its language.
   */
  @Test
  void noTextRepeatsEightWordsOfTheModulesButTheQuizQuestionsTakenFromThem() throws IOException {
    List<String> shared = new ArrayList<>();
    for (Language language : Language.values()) {
      Set<String> modules = new HashSet<>();
      for (String step : STEPS) {
        String path = "/content/modules/" + step + "." + language.code() + ".json";
        try (InputStream in = SessionPlansTest.class.getResourceAsStream(path)) {
          strings(Json.createReader(in).readValue()).forEach(text -> modules.addAll(runsOf(text)));
        }
      }
      for (String step : STEPS) {
        SessionPlan plan = plans.plan(step, language).orElseThrow();
        for (PlannedActivity activity : plan.activities()) {
          List<String> texts = new ArrayList<>(activity.texts());
          if (activity.kind() == ActivityKind.QUIZ_QUESTION) {
            texts.remove(activity.prompt());
            texts.removeAll(activity.options());
          }
          for (String text : texts) {
            runsOf(text).stream()
                .filter(modules::contains)
                .forEach(run -> shared.add(step + "." + language.code() + ": \"" + run + "\""));
          }
        }
      }
    }
    assertEquals(List.of(), shared);
  }

  private static List<String> strings(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> List.of(((JsonString) value).getString());
      case ARRAY -> value.asJsonArray().stream().flatMap(v -> strings(v).stream()).toList();
      case OBJECT ->
          value.asJsonObject().values().stream().flatMap(v -> strings(v).stream()).toList();
      default -> List.of();
    };
  }

  @Test
  void theArticleCheckCatchesACopiedRunWhateverItsCaseAndPunctuation() throws IOException {
    Set<String> article = seedArticleRuns();
    String copied = "Closeness RARELY returns through one giant moment: it usually...";
    assertTrue(runsOf(copied).stream().map(EightWordRuns::fingerprint).anyMatch(article::contains));
    String ours = "Closeness comes back in small steps, not in one big talk tonight.";
    assertTrue(runsOf(ours).stream().map(EightWordRuns::fingerprint).noneMatch(article::contains));
  }

  @Test
  void quizQuestionsNameTheirRightAnswersAndScalePollsHaveNoOptions() {
    for (SessionPlan plan : plans.all()) {
      for (PlannedActivity activity : plan.activities()) {
        if (activity.kind() == ActivityKind.QUIZ_QUESTION) {
          assertFalse(activity.correct().isEmpty(), activity.title());
          assertFalse(activity.explanation().isEmpty(), activity.title());
        }
        if (activity.choice() == PollChoice.SCALE) {
          assertTrue(activity.options().isEmpty(), activity.title());
        }
      }
    }
  }

  private static List<String> runsOf(String text) {
    List<String> words = EightWordRuns.words(text);
    List<String> runs = new ArrayList<>();
    for (int i = 0; i + EightWordRuns.LENGTH <= words.size(); i++) {
      runs.add(String.join(" ", words.subList(i, i + EightWordRuns.LENGTH)));
    }
    return runs;
  }

  private static Set<String> seedArticleRuns() throws IOException {
    try (InputStream in =
        SessionPlansTest.class.getResourceAsStream("/live/seed-article-8-word-runs.txt")) {
      Set<String> runs = new HashSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .forEach(runs::add);
      assertTrue(runs.size() > 500, "the article's fingerprints are there");
      return runs;
    }
  }

  private static List<ActivityKind> kinds(SessionPlan plan) {
    return plan.activities().stream().map(PlannedActivity::kind).toList();
  }

  private static List<Integer> minutes(SessionPlan plan) {
    return plan.activities().stream().map(PlannedActivity::minutes).toList();
  }
}
