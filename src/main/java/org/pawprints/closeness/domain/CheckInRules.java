package org.pawprints.closeness.domain;

import java.util.Optional;

/** What a check-in must be: a whole number from 1 to 10, and a note of at most 500 characters. */
public final class CheckInRules {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 10;
  public static final int MAX_NOTE = 500;

  private CheckInRules() {}

  /** The rating as typed or sent, or the message key of what is wrong with it. */
  public static Rating rating(String typed) {
    if (typed == null || typed.isBlank()) {
      return Rating.problem("closeness.ratingRequired");
    }
    int value;
    try {
      value = Integer.parseInt(typed.strip());
    } catch (NumberFormatException notAWholeNumber) {
      return Rating.problem("closeness.ratingNotANumber");
    }
    if (value < LOWEST || value > HIGHEST) {
      return Rating.problem("closeness.ratingOutOfRange");
    }
    return new Rating(value, null);
  }

  /**
   * The message key when the note is too long. Counted in UTF-16 units, as the browser's maxlength
   * counts them (an emoji may count as two), which also keeps it within the column on any database.
   */
  public static Optional<String> noteProblem(String note) {
    return note != null && note.length() > MAX_NOTE
        ? Optional.of("closeness.noteTooLong")
        : Optional.empty();
  }

  /** A stored note: surrounding space trimmed, and an empty note not stored at all. */
  public static String normalizedNote(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  /** A parsed rating, or the key of why it is not one. */
  public record Rating(int value, String problem) {

    static Rating problem(String key) {
      return new Rating(0, key);
    }

    public Optional<String> problemKey() {
      return Optional.ofNullable(problem);
    }
  }
}
