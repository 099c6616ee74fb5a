package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.pawprints.care.nudge.domain.NudgeReason;

/**
 * Puts a person (or a couple) on the facilitator's follow-up list with a reason code. The list
 * belongs to the safety work; until it is merged, the nudge only records that it was followed up.
 */
@ApplicationScoped
public class NudgeFollowUps {

  /** Exactly one of {@code personId} and {@code coupleId} is given. */
  public void open(long cohortId, Long personId, Long coupleId, NudgeReason reason, Instant now) {
    // The follow-up list arrives with the safety work.
  }
}
