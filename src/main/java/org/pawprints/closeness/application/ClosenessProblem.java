package org.pawprints.closeness.application;

/** A check-in that cannot be saved as sent; the key names the translated message. */
public class ClosenessProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public ClosenessProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
