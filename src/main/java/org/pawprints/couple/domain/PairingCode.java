package org.pawprints.couple.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The short code one partner gives the other: eight characters without look-alikes (no 0/O, 1/I/L),
 * read ignoring case, spaces and dashes, shown as two groups of four ("ABCD-EFGH").
 */
public final class PairingCode {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  public static final int LENGTH = 8;

  /** More than any code typed with separators: longer input is refused before any lookup. */
  public static final int MAX_TYPED = 40;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PairingCode() {}

  public static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as stored, or empty when what was typed cannot be a code at all. */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.length() > MAX_TYPED) {
      return Optional.empty();
    }
    String normal = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (normal.length() != LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(normal);
  }

  /** "ABCDEFGH" as "ABCD-EFGH", easier to read aloud. */
  public static String display(String code) {
    return code == null || code.length() != LENGTH
        ? code
        : code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
  }
}
