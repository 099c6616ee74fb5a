package org.pawprints.outcomes.web;

import java.io.Serializable;

/** One statement on the questionnaire page, in the reader's language. */
public class QuestionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int position;
  private final String text;

  public QuestionRow(int position, String text) {
    this.position = position;
    this.text = text;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }
}
