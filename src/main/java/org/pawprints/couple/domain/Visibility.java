package org.pawprints.couple.domain;

/**
 * Who may read an answer besides its author. Only complete answers are ever shown to anyone; a
 * draft is nobody's business. The rule that applies these is {@code
 * org.pawprints.couple.application.AnswerVisibility}.
 */
public enum Visibility {
  /** Me only. My partner is not even told that I answered. */
  PRIVATE,
  /** My partner, once we have both answered and neither keeps theirs private (the reveal). */
  AFTER_REVEAL,
  /** My partner, as soon as my answer is complete, even before they answer. */
  SHARED_NOW;

  /** The default: shared exercises are made to be revealed; every other answer stays mine. */
  public static Visibility defaultFor(boolean sharedExercise) {
    return sharedExercise ? AFTER_REVEAL : PRIVATE;
  }
}
