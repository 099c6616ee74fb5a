package org.pawprints.couple.domain;

/** Where a partner invitation stands. EXPIRED is read from the expiry, never stored. */
public enum PartnerInvitationState {
  OPEN,
  ACCEPTED,
  REVOKED,
  EXPIRED
}
