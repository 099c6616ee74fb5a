package org.pawprints.live.domain;

import org.pawprints.cohort.domain.SmallestGroup;

/**
 * When the room may see an activity's aggregate (poll bars, quiz percentages, check-in spread, the
 * open answers): only once the facilitator revealed it AND at least {@link #MIN_ANSWERS} people
 * answered, so that no bar is one or two people's answer. The number is the cohort's {@link
 * SmallestGroup}, the same one below which the progress report counts nothing.
 */
public final class ResultsRule {

  public static final int MIN_ANSWERS = SmallestGroup.PEOPLE;

  private ResultsRule() {}

  public static boolean shown(boolean revealed, long answers) {
    return revealed && answers >= MIN_ANSWERS;
  }
}
