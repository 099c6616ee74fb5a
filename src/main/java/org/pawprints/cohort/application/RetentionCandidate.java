package org.pawprints.cohort.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A participant the retention job would anonymise: who, and when their last cohort ended. */
public final class RetentionCandidate implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long personId;
  private final String displayName;
  private final LocalDate lastCohortEnded;

  public RetentionCandidate(long personId, String displayName, LocalDate lastCohortEnded) {
    this.personId = personId;
    this.displayName = displayName;
    this.lastCohortEnded = lastCohortEnded;
  }

  public long getPersonId() {
    return personId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public LocalDate getLastCohortEnded() {
    return lastCohortEnded;
  }
}
