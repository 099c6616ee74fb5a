package org.pawprints.live.application;

import java.util.List;
import java.util.Set;
import org.pawprints.live.domain.ResultsRule;
import org.pawprints.live.domain.Tally;

/**
 * What the room may see of an activity's answers. Until the facilitator reveals them and at least
 * {@code threshold} answered (the cohort's smallest group, {@link ResultsRule}), {@code tally} and
 * {@code texts} are empty: the numbers never reach a page that may not show them. A quiz question's
 * right answer shows once revealed.
 */
public record Results(
    boolean revealed,
    boolean shown,
    Tally tally,
    List<String> texts,
    Set<Integer> correct,
    int threshold) {

  static final Results NONE = new Results(false, false, null, List.of(), Set.of());

  /** With the default smallest group (a caller that knows no cohort). */
  public Results(
      boolean revealed, boolean shown, Tally tally, List<String> texts, Set<Integer> correct) {
    this(revealed, shown, tally, texts, correct, ResultsRule.MIN_ANSWERS);
  }

  /** Revealed, but too few answers to show anything. */
  public boolean waitingForMore() {
    return revealed && !shown;
  }

  /** The approved answers as a word cloud: whole answers, sized by how often they came. */
  public List<CloudWord> cloud() {
    return CloudWord.of(texts);
  }
}
