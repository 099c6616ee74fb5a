package org.pawprints.outcomes.application;

import org.pawprints.outcomes.domain.Wave;

/** A wave of the questionnaire open to the signed-in participant now, in their cohort. */
public record Offer(long cohortId, Wave wave) {}
