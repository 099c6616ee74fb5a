package org.pawprints.care.nudge.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Which of a cohort's nudge reasons apply to one participant now: the rules without a database. */
public final class FallingBehind {

  private FallingBehind() {}

  public static Set<NudgeReason> reasons(MemberFacts facts, NudgeRules rules, Instant now) {
    Set<NudgeReason> reasons = EnumSet.noneOf(NudgeReason.class);
    Set<NudgeReason> on = rules.reasonsOn();
    Duration quiet = Duration.ofDays(rules.inactiveDays());
    Instant since = facts.activeSince();
    if (on.contains(NudgeReason.INACTIVE) && since != null && !since.plus(quiet).isAfter(now)) {
      reasons.add(NudgeReason.INACTIVE);
    }
    if (on.contains(NudgeReason.BEHIND_PACE) && facts.behindStep() != null) {
      reasons.add(NudgeReason.BEHIND_PACE);
    }
    if (on.contains(NudgeReason.MISSED_LIVE) && facts.missedLive()) {
      reasons.add(NudgeReason.MISSED_LIVE);
    }
    if (on.contains(NudgeReason.CHECK_IN_DROP) && droppedSharply(facts, rules, now)) {
      reasons.add(NudgeReason.CHECK_IN_DROP);
    }
    return reasons;
  }

  /**
   * The latest check-in, given in the last N days, is at least the threshold below the one before.
   * An old drop is not news: a person who stopped checking in is caught by inactivity instead.
   */
  static boolean droppedSharply(MemberFacts facts, NudgeRules rules, Instant now) {
    if (facts.latestRating() == null
        || facts.previousRating() == null
        || facts.latestCheckInAt() == null) {
      return false;
    }
    boolean recent =
        facts.latestCheckInAt().plus(Duration.ofDays(rules.inactiveDays())).isAfter(now);
    return recent && facts.previousRating() - facts.latestRating() >= rules.checkInDrop();
  }
}
