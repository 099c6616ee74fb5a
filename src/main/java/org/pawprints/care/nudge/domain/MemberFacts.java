package org.pawprints.care.nudge.domain;

import java.time.Instant;

/**
 * What the sweep knows about one participant of a cohort: when they joined, their latest activity
 * of any kind, the first module the group has had open for N days that they have not finished, a
 * live session they missed, and their two latest weekly check-ins (ratings only, never notes).
 */
public record MemberFacts(
    long personId,
    Instant joinedAt,
    Instant lastActivity,
    String behindStep,
    boolean missedLive,
    Integer latestRating,
    Instant latestCheckInAt,
    Integer previousRating) {

  /** The latest thing this person did, or when they joined if they have done nothing yet. */
  public Instant activeSince() {
    if (lastActivity == null) {
      return joinedAt;
    }
    return joinedAt == null || lastActivity.isAfter(joinedAt) ? lastActivity : joinedAt;
  }

  /** The instant a nudge for this reason watches: a later one means something changed. */
  public Instant watched(NudgeReason reason) {
    return reason == NudgeReason.CHECK_IN_DROP ? latestCheckInAt : lastActivity;
  }
}
