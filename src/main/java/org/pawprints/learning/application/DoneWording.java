package org.pawprints.learning.application;

import java.util.Optional;

/**
 * How "Done" is told to the person who pressed it, where a feature above learning knows better.
 * Learning's own words say the partner may now see the answer; the couple feature knows when that
 * is untrue (on the individual track nothing is shared) and words it so, without learning knowing
 * of the track. The first wording that answers wins.
 */
public interface DoneWording {

  /**
   * The message key to show instead of {@code answer.doneSaved} for my answer to this exercise, or
   * empty to keep it.
   */
  Optional<String> instead(String step, String exerciseId);

  /**
   * The message key to show instead of {@code answer.stage.<stage>} under my answer to this
   * exercise ({@code DONE} or {@code CHANGED_SINCE_DONE}), or empty to keep it.
   */
  default Optional<String> stageInstead(String step, String exerciseId, String stage) {
    return Optional.empty();
  }
}
