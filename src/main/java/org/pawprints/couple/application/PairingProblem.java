package org.pawprints.couple.application;

/**
 * A pairing request that cannot be carried out as asked. The key names a message in the bundles
 * (for example {@code pairing.codeExpired}); the arguments fill it in.
 */
public class PairingProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public PairingProblem(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
