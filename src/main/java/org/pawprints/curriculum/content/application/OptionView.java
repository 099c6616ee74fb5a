package org.pawprints.curriculum.content.application;

import java.io.Serializable;

/**
 * An answer option of a quiz question, with its explanation (plain text). Pages must not reveal
 * {@link #isCorrect()} before the participant has answered.
 */
public final class OptionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String text;
  private final boolean correct;
  private final String explanation;

  OptionView(String id, String text, boolean correct, String explanation) {
    this.id = id;
    this.text = text;
    this.correct = correct;
    this.explanation = explanation;
  }

  public String getId() {
    return id;
  }

  public String getText() {
    return text;
  }

  public boolean isCorrect() {
    return correct;
  }

  public String getExplanation() {
    return explanation;
  }
}
