package org.pawprints.identity.domain;

import java.util.Locale;
import java.util.Optional;

/** Checks and normalizes email addresses. Matching ignores case; the typed form is kept. */
public final class EmailAddress {

  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_PART = 64;

  private EmailAddress() {}

  /** The trimmed address when it looks like one, or empty. */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String trimmed = typed.strip();
    return isPlausible(trimmed) ? Optional.of(trimmed) : Optional.empty();
  }

  /**
   * Deliberately plain: one @, a short local part, no spaces or control characters, a domain with
   * dots between non-empty labels. The real check is the mail arriving.
   */
  private static boolean isPlausible(String address) {
    int at = address.indexOf('@');
    if (address.length() > MAX_LENGTH || at < 1 || at > MAX_LOCAL_PART) {
      return false;
    }
    String domain = address.substring(at + 1);
    return address.lastIndexOf('@') == at
        && address
            .codePoints()
            .noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
        && domain.contains(".")
        && !domain.startsWith(".")
        && !domain.endsWith(".")
        && !domain.contains("..");
  }

  /** The key two addresses are compared by: lower case, trimmed. */
  public static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
