package org.pawprints.live.domain;

import org.pawprints.cohort.domain.SmallestGroup;

/**
 * When the room may see an activity's aggregate (poll bars, quiz percentages, check-in spread, the
 * open answers): only once the facilitator revealed it AND at least the cohort's smallest group
 * answered ({@code Cohort.getSmallestGroup()}, {@link #MIN_ANSWERS} unless the cohort changed it,
 * never below {@link SmallestGroup#MIN}), so that no bar is one or two people's answer. It is the
 * same number below which the progress report counts nothing.
 */
public final class ResultsRule {

  /** The default smallest group, for a caller that knows no cohort. */
  public static final int MIN_ANSWERS = SmallestGroup.PEOPLE;

  private ResultsRule() {}

  /** With the default smallest group. */
  public static boolean shown(boolean revealed, long answers) {
    return shown(revealed, answers, MIN_ANSWERS);
  }

  /** With the cohort's smallest group (never taken below {@link SmallestGroup#MIN}). */
  public static boolean shown(boolean revealed, long answers, int smallestGroup) {
    return revealed && answers >= Math.max(smallestGroup, SmallestGroup.MIN);
  }
}
