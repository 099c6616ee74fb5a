package org.pawprints.platform.refusal;

import java.util.Optional;

/**
 * The one way the service layer says "no" to the person asking: a request that cannot be carried
 * out as asked (bad input, a rule, someone else's id). The key names a message in the bundles (for
 * example {@code pairing.codeExpired}) and the arguments fill it in, so a page can show it in the
 * viewer's language; the key, never the person's words, is what reaches a log.
 */
public class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public Refusal(String messageKey, Object... arguments) {
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

  /**
   * The refusal behind a failure: the failure itself, or the refusal a transaction boundary wrapped
   * (a {@code TransactionalException} whose cause it is); empty for any other failure.
   */
  public static Optional<Refusal> in(Throwable failure) {
    if (failure instanceof Refusal refusal) {
      return Optional.of(refusal);
    }
    if (failure != null && failure.getCause() instanceof Refusal refusal) {
      return Optional.of(refusal);
    }
    return Optional.empty();
  }
}
