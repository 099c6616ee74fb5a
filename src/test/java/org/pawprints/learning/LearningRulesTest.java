package org.pawprints.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.learning.application.RewriteHints;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.learning.domain.QuizScore;

/** Quiz arithmetic, rewrite hints and answer storage, without a server. */
class LearningRulesTest {

  @Test
  void thePassMarkIsReachedExactlyNotByRounding() {
    assertTrue(QuizScore.passes(7, 10, 70));
    assertFalse(QuizScore.passes(6, 10, 70));
    assertTrue(QuizScore.passes(4, 5, 70));
    assertFalse(QuizScore.passes(3, 5, 70), "60% is below 70%");
    assertTrue(QuizScore.passes(5, 7, 70), "71.4% passes");
    assertFalse(QuizScore.passes(0, 0, 70));
    assertEquals(67, QuizScore.percent(4, 6));
    assertEquals(0, QuizScore.percent(1, 0));
  }

  @Test
  void rewriteHintsReadEnglishAndFrench() {
    String gentle = "I feel swamped tonight and could use a hand with the dishes.";
    assertEquals(true, RewriteHints.check("feeling-named", gentle).orElseThrow());
    assertEquals(true, RewriteHints.check("need-stated", gentle).orElseThrow());
    assertEquals(true, RewriteHints.check("no-absolutes", gentle).orElseThrow());
    assertEquals(true, RewriteHints.check("no-blame-you", gentle).orElseThrow());

    String harsh = "You never help with anything.";
    assertEquals(false, RewriteHints.check("no-absolutes", harsh).orElseThrow());
    assertEquals(false, RewriteHints.check("no-blame-you", harsh).orElseThrow());
    assertEquals(false, RewriteHints.check("feeling-named", harsh).orElseThrow());

    String doux = "Je me sens dépassée ce soir, ça m’aiderait que tu fasses la vaisselle.";
    assertEquals(true, RewriteHints.check("feeling-named", doux).orElseThrow());
    assertEquals(true, RewriteHints.check("need-stated", doux).orElseThrow());
    assertEquals(false, RewriteHints.check("no-absolutes", "Tu ne m’aides jamais.").orElseThrow());
    assertTrue(
        RewriteHints.check("situation-described", gentle).isEmpty(), "not checked by machine");
  }

  @Test
  void answersRoundTripThroughTheirStoredForm() {
    AnswerContent content =
        new AnswerContent(
            "<b>é 🌷\n\"quoted\"", List.of("a", "b"), "mine", "MONDAY", "19:30", "DAILY");
    assertEquals(content, AnswerContent.fromJson(content.toJson()));
    assertTrue(AnswerContent.EMPTY.isBlank());
  }
}
