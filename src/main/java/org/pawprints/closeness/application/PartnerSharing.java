package org.pawprints.closeness.application;

/** What I may see of my partner's check-ins. */
public enum PartnerSharing {
  /** I am not in a couple (yet). */
  NO_PARTNER,
  /** My partner keeps their check-ins to themselves (the default). */
  NOT_SHARED,
  /** My partner chose to share their ratings with me. */
  SHARED
}
