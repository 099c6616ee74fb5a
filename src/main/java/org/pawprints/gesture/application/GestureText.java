package org.pawprints.gesture.application;

import java.util.regex.Pattern;
import org.pawprints.platform.refusal.Refusal;

/**
 * The rules for what a participant types into a gesture: trimmed, within its length (counted as the
 * browser's maxlength counts), anything else kept as written. Markup is stored as text and escaped
 * on every page, so "<script>" is simply shown.
 */
public final class GestureText {

  private static final Pattern SUBMISSION = Pattern.compile("[A-Za-z0-9-]{8,40}");

  private GestureText() {}

  /** Optional words: blank becomes null. */
  public static String optional(String text, int max, String tooLongKey) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (trimmed.length() > max) {
      throw new Refusal(tooLongKey);
    }
    return trimmed;
  }

  /** Words that must be there. */
  public static String required(String text, int max, String emptyKey, String tooLongKey) {
    String kept = optional(text, max, tooLongKey);
    if (kept == null) {
      throw new Refusal(emptyKey);
    }
    return kept;
  }

  /**
   * The form's one-time key: the same key twice (a double tap, a resent POST) means the same
   * gesture, kept once.
   */
  public static String submission(String submission) {
    if (submission == null || !SUBMISSION.matcher(submission).matches()) {
      throw new Refusal("gesture.tryAgain");
    }
    return submission;
  }
}
