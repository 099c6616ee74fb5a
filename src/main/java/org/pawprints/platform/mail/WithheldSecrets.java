package org.pawprints.platform.mail;

import java.util.regex.Pattern;

/**
 * The text of a message as administrators may read it: every secret the sender named (a one-time
 * link, a pairing code) and any link that carries a token or a code is replaced by {@link #MARK}.
 * The pattern is a second net for a sender that forgets to name its secret.
 */
final class WithheldSecrets {

  /** What stands where a link or code was; the outbox page explains it in both languages. */
  static final String MARK = "[…]";

  private static final Pattern SECRET_LINK =
      Pattern.compile("https?://\\S*[?&](?:token|code)=\\S*", Pattern.CASE_INSENSITIVE);

  private WithheldSecrets() {}

  static String withhold(String body, String... secrets) {
    String shown = body;
    for (String secret : secrets) {
      if (secret != null && !secret.isBlank()) {
        shown = shown.replace(secret, MARK);
      }
    }
    return SECRET_LINK.matcher(shown).replaceAll(MARK);
  }
}
