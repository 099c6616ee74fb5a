package org.pawprints.couple.application;

import java.io.Serializable;

/** The outcome of accepting: who my partner now is, and in which cohort. */
public record Paired(String partnerName, String cohortName) implements Serializable {

  public String getPartnerName() {
    return partnerName;
  }

  public String getCohortName() {
    return cohortName;
  }
}
