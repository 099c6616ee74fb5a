package org.pawprints.live.application;

import java.util.List;
import java.util.Set;
import org.pawprints.live.domain.ResultsRule;
import org.pawprints.live.domain.Tally;

/**
 * What the room may see of an activity's answers. Until the facilitator reveals them and at least
 * {@link ResultsRule#MIN_ANSWERS} answered, {@code tally} and {@code texts} are empty: the numbers
 * never reach a page that may not show them. A quiz question's right answer shows once revealed.
 */
public record Results(
    boolean revealed, boolean shown, Tally tally, List<String> texts, Set<Integer> correct) {

  static final Results NONE = new Results(false, false, null, List.of(), Set.of());

  /** Revealed, but too few answers to show anything. */
  public boolean waitingForMore() {
    return revealed && !shown;
  }

  public int threshold() {
    return ResultsRule.MIN_ANSWERS;
  }
}
