package org.pawprints.ritual.application;

/** A tick that cannot be recorded as asked; the key names the translated message. */
public class RitualProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public RitualProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
