package org.pawprints.cohort.domain;

import org.pawprints.platform.refusal.Refusal;

/**
 * The smallest group of a cohort whose answers may be shown together: below it, a count, a bar or a
 * spread could be one or two people's story. Each cohort chooses its own ({@link
 * Cohort#getSmallestGroup()}, {@link #PEOPLE} unless changed, never below {@link #MIN}); the
 * progress report ({@code reporting.ShownCount}) and the live room's results ({@code
 * live.domain.ResultsRule}) both read that one number, so the two can never drift apart.
 */
public final class SmallestGroup {

  /** The default: fewer people (or couples) than this, nothing aggregated is shown. */
  public static final int PEOPLE = 5;

  /** No cohort may go lower: two answers side by side are two people's stories. */
  public static final int MIN = 3;

  /** A cohort larger than this still shows something once this many answered. */
  public static final int MAX = 50;

  private SmallestGroup() {}

  /** The number, if a cohort may use it; else a refusal naming the bounds. */
  public static int checked(int people) {
    if (people < MIN || people > MAX) {
      throw new Refusal("cohort.smallestGroupRange", MIN, MAX);
    }
    return people;
  }
}
