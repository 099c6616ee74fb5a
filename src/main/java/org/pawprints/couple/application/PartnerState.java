package org.pawprints.couple.application;

/**
 * Where my partner stands, named plainly for the partner card (issue 13): the card once said "your
 * partner hasn't joined yet" to someone whose partner had joined but not yet accepted the pairing.
 */
public enum PartnerState {
  /** No partner and nothing open: I may invite them. */
  NO_PARTNER,
  /** My code is waiting: my partner has not used it yet (I cannot tell whether they joined). */
  CODE_NOT_USED,
  /** My invitation (or the one sent to us both) went to an address that has not joined yet. */
  INVITED_NOT_JOINED,
  /** The invited address is in the cohort, but has not accepted the pairing yet. */
  JOINED_NOT_ACCEPTED,
  /** We are a couple. */
  PAIRED
}
