package org.pawprints.outcomes.application;

import org.pawprints.outcomes.domain.Wave;

/** How many of a cohort's members answered one wave. */
public record WaveRate(Wave wave, int answered, int members) {

  /** As a whole percent of the members (half up); 0 in an empty cohort. */
  public int percent() {
    return members == 0 ? 0 : (int) Math.round(100.0 * answered / members);
  }
}
