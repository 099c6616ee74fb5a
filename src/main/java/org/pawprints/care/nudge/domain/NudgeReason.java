package org.pawprints.care.nudge.domain;

/**
 * Why a participant was nudged. When a nudge changes nothing, the facilitator's follow-up list
 * shows the matching {@code care.domain.FollowUpReason}, never anything the person wrote or rated.
 */
public enum NudgeReason {
  /** No activity of any kind for the cohort's N days. */
  INACTIVE,
  /** A module the group has had open for N days is not finished. */
  BEHIND_PACE,
  /** A live session of the cohort ended in the last N days and they were not in the room. */
  MISSED_LIVE,
  /** The latest weekly check-in is lower than the one before by the cohort's threshold or more. */
  CHECK_IN_DROP
}
