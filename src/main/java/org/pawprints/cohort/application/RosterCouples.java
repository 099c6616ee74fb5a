package org.pawprints.cohort.application;

import java.util.List;

/**
 * The couples of a cohort, as its roster shows them. Couples belong to the couple feature, which
 * sits above cohort and fills this in ({@code couple.application.CouplesOnRoster}), so that cohort
 * never imports it.
 */
public interface RosterCouples {

  /** The cohort's couples, the oldest first. */
  List<Pair> of(long cohortId);

  /** One couple: its id and its two partners (unordered). */
  record Pair(long coupleId, long personA, long personB) {}
}
