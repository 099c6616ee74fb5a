package org.pawprints.identity.application;

/**
 * Whether a person facilitates a cohort, for {@link AccessPolicy}. Cohorts belong to the cohort
 * feature, above identity: it answers ({@code cohort.application.FacilitatorsOfCohorts}), so that
 * identity never imports it.
 */
public interface CohortFacilitation {

  boolean facilitates(long personId, long cohortId);
}
