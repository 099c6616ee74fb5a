package org.pawprints.cohort.domain;

/**
 * The smallest group of a cohort whose answers may be shown together: below it, a count, a bar or a
 * spread could be one or two people's story. The progress report ({@code reporting.ShownCount}) and
 * the live room's results ({@code live.domain.ResultsRule}) both use this one number, so the two
 * can never drift apart.
 */
public final class SmallestGroup {

  /** Fewer people (or couples) than this: nothing aggregated is shown. */
  public static final int PEOPLE = 5;

  private SmallestGroup() {}
}
