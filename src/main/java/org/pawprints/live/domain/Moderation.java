package org.pawprints.live.domain;

/**
 * Where an open answer stands with the facilitator: nobody but its author and the facilitator's
 * control screen sees a PENDING one; only APPROVED ones reach the presenter.
 */
public enum Moderation {
  PENDING,
  APPROVED,
  HIDDEN
}
