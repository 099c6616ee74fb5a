package org.pawprints.identity.domain;

import java.time.Duration;

/** What a one-time link is for, and how long it stays valid. */
public enum TokenPurpose {
  FIRST_ADMIN(Duration.ofHours(24)),
  PASSWORD_RESET(Duration.ofHours(1)),
  /** A new facilitator or administrator chooses their password (issue 13). */
  STAFF_WELCOME(Duration.ofDays(7)),
  REMEMBER_ME(Duration.ofDays(30));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
