package org.pawprints.couple.application;

/** What I may know about my partner's answer to a shared exercise. */
public enum PartnerStatus {
  /** I am not in a couple (yet). */
  NO_PARTNER,
  /** My partner has no complete answer. */
  PARTNER_NOT_ANSWERED,
  /** My partner has answered; mine is still missing, so nothing is shown. */
  PARTNER_ANSWERED_WAITING_FOR_YOU,
  /** Both have answered: each sees both answers. */
  REVEALED
}
