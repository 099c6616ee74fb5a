package org.pawprints.couple.application;

import org.pawprints.couple.domain.Visibility;

/**
 * My two sharing choices for one answer: who sees it (my choice, or the exercise's default), and
 * whether I also show it to the facilitators of the cohort I take part in now.
 */
public record MySharing(Visibility visibility, boolean sharedWithFacilitators) {}
