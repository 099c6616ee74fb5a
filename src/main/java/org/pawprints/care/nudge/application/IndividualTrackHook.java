package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a person is on the individual track (issue 15, part 1): nudges stop for them. The fact
 * belongs to the safety work; until it is merged, nobody is on the individual track.
 */
@ApplicationScoped
public class IndividualTrackHook {

  public boolean onIndividualTrack(long personId) {
    return false;
  }
}
