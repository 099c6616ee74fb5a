package org.pawprints.identity.application;

/**
 * A request about an account that cannot be carried out as asked; the key names a message in the
 * bundles (for example {@code email.taken}), which the page shows in the person's language.
 */
public class AccountProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  public AccountProblem(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
