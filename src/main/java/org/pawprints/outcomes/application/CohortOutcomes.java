package org.pawprints.outcomes.application;

import java.util.List;

/**
 * A cohort's outcomes as its facilitators see them: response rates per wave and, per questionnaire
 * version, the changes. Nothing at all when the cohort has fewer members than its smallest group
 * ({@link #tooSmall}).
 */
public record CohortOutcomes(
    long cohortId,
    String cohortName,
    int members,
    int smallestGroup,
    List<WaveRate> rates,
    List<VersionOutcomes> versions) {

  public CohortOutcomes {
    rates = List.copyOf(rates);
    versions = List.copyOf(versions);
  }

  public boolean tooSmall() {
    return members < smallestGroup;
  }

  static CohortOutcomes withheld(long cohortId, String name, int members, int smallestGroup) {
    return new CohortOutcomes(cohortId, name, members, smallestGroup, List.of(), List.of());
  }
}
