package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pawprints.care.application.FollowUps;
import org.pawprints.care.domain.FollowUpReason;
import org.pawprints.care.nudge.domain.NudgeReason;

/**
 * Puts a person (or a couple) on the facilitator's private follow-up list ({@link FollowUps}) when
 * a nudge changed nothing: the reason's code, never anything the person wrote or rated.
 */
@ApplicationScoped
public class NudgeFollowUps {

  @Inject FollowUps followUps;

  public void aboutPerson(long cohortId, long personId, NudgeReason reason) {
    followUps.openAboutPerson(cohortId, personId, code(reason));
  }

  public void aboutCouple(long cohortId, long coupleId, NudgeReason reason) {
    followUps.openAboutCouple(cohortId, coupleId, code(reason));
  }

  static FollowUpReason code(NudgeReason reason) {
    return switch (reason) {
      case INACTIVE -> FollowUpReason.INACTIVE;
      case BEHIND_PACE -> FollowUpReason.BEHIND_PACE;
      case MISSED_LIVE -> FollowUpReason.MISSED_LIVE;
      case CHECK_IN_DROP -> FollowUpReason.CHECK_IN_DROPPED;
    };
  }
}
