package org.pawprints.notification.domain;

/**
 * The kinds of things the bell tells. Each has a message {@code notification.kind.<NAME>} in the
 * bundles, which may use the actor's name ({0}) and the detail ({1}, e.g. a module title).
 */
public enum NotificationKind {
  PARTNER_JOINED,
  PARTNER_LEFT,
  PARTNER_ANSWERED,
  REVEAL_READY,
  PARTNER_REACTED,
  APPRECIATED,
  APPRECIATION_ACKNOWLEDGED,
  PARTNER_FINISHED_MODULE,
  UNPAIRED_BY_STAFF,
  /** Gentle nudges (care): a warm word when a participant falls behind; no actor, no partner. */
  NUDGE_INACTIVE,
  NUDGE_BEHIND_PACE,
  NUDGE_MISSED_LIVE,
  NUDGE_CHECK_IN_DROP
}
