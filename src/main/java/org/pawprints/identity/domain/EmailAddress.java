package org.pawprints.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks and normalizes email addresses. Matching ignores case; the typed form is kept. */
public final class EmailAddress {

  public static final int MAX_LENGTH = 254;

  // Deliberately plain: one @, no spaces, a dot in the domain. Real validation is the mail itself.
  private static final Pattern PLAUSIBLE =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  private EmailAddress() {}

  /** The trimmed address when it looks like one, or empty. */
  public static Optional<String> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String trimmed = typed.strip();
    if (trimmed.length() > MAX_LENGTH || !PLAUSIBLE.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    return Optional.of(trimmed);
  }

  /** The key two addresses are compared by: lower case, trimmed. */
  public static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
