package org.pawprints.care.domain;

/**
 * Why a facilitator is asked to check in privately. The reason is all the list says: never a
 * participant's answers or words. Each has a sentence in the bundles ({@code followUp.reason.*}).
 */
public enum FollowUpReason {
  /** The person asked, on their private safety check, that a facilitator check in. */
  PRIVATE_CHECK_IN,
  /** No activity for the cohort's number of days, and a nudge changed nothing. */
  INACTIVE,
  /** Behind the cohort's pace, and a nudge changed nothing. */
  BEHIND_PACE,
  /** Missed a live session. */
  MISSED_LIVE,
  /** A weekly closeness check-in dropped sharply. */
  CHECK_IN_DROPPED
}
