package org.pawprints.identity.domain;

import java.util.Locale;
import java.util.Optional;

/** Checks and normalizes email addresses. Matching ignores case; the typed form is kept. */
public final class EmailAddress {

  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_PART = 64;

  /** RFC 5322 "specials" other than @ and the dot: they build lists, names and groups. */
  private static final String MULTI_ADDRESS_SYNTAX = "\",;:<>()[]\\";

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
   * Deliberately plain: one address, one @, a short local part, no spaces or control characters, a
   * domain with dots between non-empty labels. The real check is the mail arriving. What mail
   * headers read as more than one address, or as a name around an address, is refused: commas,
   * semicolons, angle brackets, quotes, parentheses, colons (group syntax), square brackets and
   * backslashes. Pawprints writes each address it sends to in a header; a typed "a@x.org, b@y.org"
   * must never reach two people.
   */
  private static boolean isPlausible(String address) {
    int at = address.indexOf('@');
    if (address.length() > MAX_LENGTH || at < 1 || at > MAX_LOCAL_PART) {
      return false;
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    return address.lastIndexOf('@') == at
        && address.codePoints().allMatch(EmailAddress::isAddressCharacter)
        && !local.startsWith(".")
        && !local.endsWith(".")
        && !local.contains("..")
        && domain.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.')
        && domain.contains(".")
        && !domain.startsWith(".")
        && !domain.endsWith(".")
        && !domain.contains("..");
  }

  private static boolean isAddressCharacter(int c) {
    return !Character.isWhitespace(c)
        && !Character.isISOControl(c)
        && !Character.isSpaceChar(c)
        && MULTI_ADDRESS_SYNTAX.indexOf(c) < 0;
  }

  /** The key two addresses are compared by: lower case, trimmed. */
  public static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
