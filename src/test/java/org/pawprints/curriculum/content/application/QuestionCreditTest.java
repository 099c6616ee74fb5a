package org.pawprints.curriculum.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.curriculum.content.domain.QuestionType;

/** Partial credit on "choose all that apply": each right pick counts, each wrong one takes back. */
class QuestionCreditTest {

  private final QuestionView chooseAll =
      new QuestionView(
          "q",
          QuestionType.MULTIPLE,
          "Which?",
          List.of(
              new OptionView("a", "A", true, "."),
              new OptionView("b", "B", true, "."),
              new OptionView("c", "C", true, "."),
              new OptionView("d", "D", false, "."),
              new OptionView("e", "E", false, ".")));

  @Test
  void allRightEarnsTheWholeQuestion() {
    assertEquals(100, chooseAll.credit(List.of("a", "b", "c")));
  }

  @Test
  void someRightEarnsAShare() {
    assertEquals(66, chooseAll.credit(List.of("a", "b")));
    assertEquals(33, chooseAll.credit(List.of("a", "b", "d")));
  }

  @Test
  void tickingEveryBoxOrOnlyWrongOnesEarnsLittleOrNothing() {
    assertEquals(33, chooseAll.credit(List.of("a", "b", "c", "d", "e")));
    assertEquals(0, chooseAll.credit(List.of("d")));
    assertEquals(0, chooseAll.credit(List.of("a", "d", "e")));
  }

  @Test
  void oneAnswerQuestionsStayAllOrNothing() {
    QuestionView single =
        new QuestionView(
            "s",
            QuestionType.SINGLE,
            "Which?",
            List.of(new OptionView("a", "A", true, "."), new OptionView("b", "B", false, ".")));
    assertEquals(100, single.credit(List.of("a")));
    assertEquals(0, single.credit(List.of("b")));
  }
}
