package org.pawprints.curriculum.content.application;

import java.io.Serializable;

/** One response of a scenario, with its feedback and whether it is the best one (plain text). */
public final class ChoiceView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String label;
  private final String feedback;
  private final boolean best;

  ChoiceView(String id, String label, String feedback, boolean best) {
    this.id = id;
    this.label = label;
    this.feedback = feedback;
    this.best = best;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getFeedback() {
    return feedback;
  }

  public boolean isBest() {
    return best;
  }
}
