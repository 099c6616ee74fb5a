package org.pawprints.curriculum.content.application;

import java.io.Serializable;
import java.util.List;

/** A module's quiz: its questions in order and the share of right answers that passes it. */
public final class QuizView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int passPercent;
  private final List<QuestionView> questions;

  QuizView(int passPercent, List<QuestionView> questions) {
    this.passPercent = passPercent;
    this.questions = List.copyOf(questions);
  }

  public int getPassPercent() {
    return passPercent;
  }

  public List<QuestionView> getQuestions() {
    return questions;
  }

  /** True when {@code rightAnswers} out of all the questions reaches the pass mark. */
  public boolean passes(int rightAnswers) {
    return rightAnswers * 100 >= passPercent * questions.size();
  }
}
