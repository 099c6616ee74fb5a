package org.pawprints.reporting.application;

import java.io.Serializable;
import org.pawprints.cohort.domain.SmallestGroup;

/**
 * A count as a facilitator may see it: exact, or only a range when the exact number could point at
 * one person, or withheld. A range never carries the real number (not even into the page's state).
 *
 * <p>The rule ({@link #of}): no count at all below {@link #MIN_UNITS} people (or couples); from
 * {@link #EXACT_FROM} on, exact counts; in between, "near the threshold", a count is exact only
 * when it leaves at least {@link #SIDE} on each side (at least 3 did it and at least 3 did not);
 * else it is shown as "fewer than 3" or "all but at most 2". So neither "nobody" nor "everybody" is
 * ever told of a small group, and no exact number in it is one or two people's story.
 */
public final class ShownCount implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Fewer people (or couples) than this: nothing is counted. */
  public static final int MIN_UNITS = SmallestGroup.PEOPLE;

  /** From this many people (or couples) on, counts are exact. */
  public static final int EXACT_FROM = 10;

  /** Near the threshold, an exact count leaves at least this many on each side. */
  public static final int SIDE = 3;

  /** How a count is shown. */
  public enum Band {
    EXACT,
    FEW,
    ALMOST_ALL,
    WITHHELD
  }

  private final Band band;
  private final Long value;

  private ShownCount(Band band, Long value) {
    this.band = band;
    this.value = value;
  }

  /** How {@code value} out of {@code total} may be shown, with the default smallest group. */
  public static ShownCount of(long value, long total) {
    return of(value, total, MIN_UNITS);
  }

  /**
   * How {@code value} out of {@code total} may be shown in a cohort whose smallest group shown
   * together is {@code smallestGroup} (never below {@code SmallestGroup.MIN}).
   */
  public static ShownCount of(long value, long total, int smallestGroup) {
    if (total < Math.max(smallestGroup, SmallestGroup.MIN)) {
      return new ShownCount(Band.WITHHELD, null);
    }
    if (total >= EXACT_FROM) {
      return new ShownCount(Band.EXACT, value);
    }
    if (value < SIDE) {
      return new ShownCount(Band.FEW, null);
    }
    if (total - value < SIDE) {
      return new ShownCount(Band.ALMOST_ALL, null);
    }
    return new ShownCount(Band.EXACT, value);
  }

  public Band getBand() {
    return band;
  }

  public boolean isExact() {
    return band == Band.EXACT;
  }

  /** The number, only when it is shown exactly; else null. */
  public Long getValue() {
    return value;
  }

  @Override
  public String toString() {
    return band == Band.EXACT ? String.valueOf(value) : band.name();
  }
}
