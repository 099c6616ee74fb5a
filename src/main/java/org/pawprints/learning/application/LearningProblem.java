package org.pawprints.learning.application;

/** A participant's request that cannot be carried out as asked; the key names the message. */
public class LearningProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public LearningProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
