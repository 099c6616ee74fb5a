package org.pawprints.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.curriculum.content.domain.ModuleDocument.Option;
import org.pawprints.curriculum.content.domain.ModuleDocument.Question;
import org.pawprints.curriculum.content.domain.QuestionType;
import org.pawprints.platform.i18n.Language;

/**
 * The quizzes can't be passed by guessing from the shape of the options (issue 14): the right
 * answer is not systematically the longest, not much longer than the others, and not the odd one
 * out by its first word; true/false keys are balanced.
 */
class QuizFairnessTest {

  /** Chance alone makes the right answer the longest of four about a quarter of the time. */
  private static final double MOST_OFTEN_LONGEST = 0.40;

  /** A right answer much longer than the wrong ones gives itself away. */
  private static final double MAX_LENGTH_RATIO = 1.3;

  @Test
  void theRightAnswerIsNotSystematicallyTheLongest() {
    for (Language language : Language.values()) {
      List<Question> singles = questions(language, QuestionType.SINGLE);
      long longest = singles.stream().filter(QuizFairnessTest::rightIsLongest).count();
      assertTrue(singles.size() >= 10, "enough single-choice questions to judge");
      assertTrue(
          longest <= MOST_OFTEN_LONGEST * singles.size(),
          language + ": right answer longest in " + longest + " of " + singles.size());
    }
  }

  @Test
  void theRightAnswerIsAboutAsLongAsTheWrongOnes() {
    List<String> giveaways = new ArrayList<>();
    for (Language language : Language.values()) {
      for (Question q : questions(language, QuestionType.SINGLE)) {
        double wrong =
            q.options().stream()
                .filter(o -> !o.correct())
                .mapToInt(o -> o.text().length())
                .average()
                .orElseThrow();
        int right = right(q).text().length();
        if (right > MAX_LENGTH_RATIO * wrong) {
          giveaways.add(language + " " + q.id());
        }
      }
    }
    assertEquals(List.of(), giveaways);
  }

  @Test
  void theRightAnswerIsNotTheOddOneOutByItsFirstWord() {
    List<String> giveaways = new ArrayList<>();
    for (Language language : Language.values()) {
      for (Question q : questions(language, QuestionType.SINGLE)) {
        List<String> wrongStarts =
            q.options().stream()
                .filter(o -> !o.correct())
                .map(o -> firstWord(o))
                .distinct()
                .toList();
        if (wrongStarts.size() == 1 && !wrongStarts.get(0).equals(firstWord(right(q)))) {
          giveaways.add(language + " " + q.id());
        }
      }
    }
    assertEquals(List.of(), giveaways);
  }

  @Test
  void trueAndFalseAreEachTheKeyOftenEnough() {
    for (Language language : Language.values()) {
      List<Question> trueFalse = questions(language, QuestionType.TRUE_FALSE);
      long keyTrue = trueFalse.stream().filter(q -> right(q).id().equals("true")).count();
      assertTrue(keyTrue >= trueFalse.size() / 4, language + ": true is the key " + keyTrue);
      assertTrue(keyTrue <= trueFalse.size() * 3 / 4, language + ": true is the key " + keyTrue);
    }
  }

  @Test
  void everyChooseAllQuestionHasAPlausibleWrongOptionAndPartialAnswersAreNotAllOrNothing() {
    for (Language language : Language.values()) {
      for (Question q : questions(language, QuestionType.MULTIPLE)) {
        assertTrue(q.correctCount() >= 2 && q.correctCount() < q.options().size(), q.id());
      }
    }
  }

  private static List<Question> questions(Language language, QuestionType type) {
    return ShippedModules.documents().stream()
        .filter(d -> d.language() == language)
        .map(ModuleDocument::quiz)
        .flatMap(quiz -> quiz.questions().stream())
        .filter(q -> q.type() == type)
        .toList();
  }

  private static boolean rightIsLongest(Question q) {
    int right = right(q).text().length();
    return q.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() < right);
  }

  private static Option right(Question q) {
    return q.options().stream().filter(Option::correct).findFirst().orElseThrow();
  }

  private static String firstWord(Option o) {
    String t = o.text().replaceAll("^[“«\\s\\u00A0]+", "");
    return t.split("[\\s\\u00A0,.:]+")[0].toLowerCase(Locale.ROOT);
  }
}
