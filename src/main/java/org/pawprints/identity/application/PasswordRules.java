package org.pawprints.identity.application;

import java.util.Optional;

/**
 * What makes a password acceptable: long enough to be hard to guess, short enough to hash quickly.
 * Length beats complexity rules (NIST SP 800-63B), so there are no character classes.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordRules() {}

  /** The message key of the problem, or empty when the password is acceptable. */
  public static Optional<String> problem(String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("password.required");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    return Optional.empty();
  }
}
