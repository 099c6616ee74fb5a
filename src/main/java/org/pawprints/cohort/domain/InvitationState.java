package org.pawprints.cohort.domain;

/**
 * Where an invitation stands. EXPIRED is never stored: a SENT or OPENED invitation past its expiry
 * reads as EXPIRED.
 */
public enum InvitationState {
  SENT,
  OPENED,
  ACCEPTED,
  EXPIRED,
  REVOKED
}
