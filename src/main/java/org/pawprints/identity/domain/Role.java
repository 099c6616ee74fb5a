package org.pawprints.identity.domain;

/** What a person does in Pawprints. A person may hold several roles. */
public enum Role {
  PARTICIPANT,
  FACILITATOR,
  ADMIN;

  /** Facilitators and administrators act on other people's cohorts and accounts. */
  public boolean isStaff() {
    return this != PARTICIPANT;
  }
}
