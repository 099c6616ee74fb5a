package org.pawprints.learning.application;

import java.util.Optional;

/**
 * How "Done" is told to the person who pressed it, where a feature above learning knows better.
 * Learning's own words say the partner may now see the answer; the couple feature knows when that
 * is untrue (on the individual track nothing is shared) and words it so, without learning knowing
 * of the track. The first wording that answers wins.
 */
public interface DoneWording {

  /** The message key to show instead of {@code answer.doneSaved}, or empty to keep it. */
  Optional<String> instead();
}
