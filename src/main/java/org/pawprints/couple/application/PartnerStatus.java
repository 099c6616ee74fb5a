package org.pawprints.couple.application;

/** What I may know about my partner's answer to a shared exercise. */
public enum PartnerStatus {
  /** I am not in a couple (yet). */
  NO_PARTNER,
  /** I keep my answer private: nothing is revealed, and my partner is not told I answered. */
  MINE_PRIVATE,
  /** My partner has no complete answer (or keeps theirs private, which looks the same). */
  PARTNER_NOT_ANSWERED,
  /** My partner has answered; mine is still missing, so nothing is shown. */
  PARTNER_ANSWERED_WAITING_FOR_YOU,
  /**
   * I am on the individual track and nothing is revealed: what I write stays mine, so "add yours to
   * see both" would not come true. Only ever shown to me; my partner reads their ordinary status.
   */
  MINE_ON_OWN_TRACK,
  /**
   * I am back to doing it together, and my answer was marked done on the individual track: it stays
   * mine until I share it. Only ever shown to me.
   */
  MINE_KEPT_FROM_TRACK,
  /** Both have answered: each sees both answers. */
  REVEALED
}
