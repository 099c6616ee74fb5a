package org.pawprints.cohort.application;

/**
 * A feature built on cohorts (pairing, for one) changed who is in a cohort's roster: fired by that
 * feature's page so that the roster page shows the change without knowing the feature.
 */
public record RosterChanged(long cohortId) {}
