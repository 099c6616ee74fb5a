package org.pawprints.gesture.application;

/** A gesture that cannot be saved as asked; the key names the translated message. */
public class GestureProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public GestureProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
