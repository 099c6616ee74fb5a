package org.pawprints.outcomes.application;

import org.pawprints.outcomes.domain.Change;

/**
 * The changes measured with one questionnaire version: from start to end and from start to
 * follow-up, each over the people who answered both waves with this version. A change of fewer
 * people than the cohort's smallest group is withheld ({@link #shows}).
 */
public record VersionOutcomes(
    long itemSetId,
    String name,
    int scalePoints,
    Change startToEnd,
    Change startToFollowUp,
    int smallestGroup) {

  public boolean shows(Change change) {
    return change.n() >= smallestGroup;
  }

  public boolean showsEnd() {
    return shows(startToEnd);
  }

  public boolean showsFollowUp() {
    return shows(startToFollowUp);
  }
}
