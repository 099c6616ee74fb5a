package org.pawprints.live.domain;

/**
 * When the room may see an activity's aggregate (poll bars, quiz percentages, check-in spread, the
 * open answers): only once the facilitator revealed it AND at least {@link #MIN_ANSWERS} people
 * answered, so that no bar is one or two people's answer. Five is the same number below which a
 * cohort's progress report counts nothing ({@code reporting.ShownCount.MIN_UNITS}); live sits
 * beside reporting in the feature graph, so it keeps its own copy of the number.
 */
public final class ResultsRule {

  public static final int MIN_ANSWERS = 5;

  private ResultsRule() {}

  public static boolean shown(boolean revealed, long answers) {
    return revealed && answers >= MIN_ANSWERS;
  }
}
