package org.pawprints.care.application;

import java.io.Serializable;

/**
 * What answering the safety check led to, for the person's own screen: {@code concern} (show help
 * first), {@code checkInAsked} (a facilitator of their cohort will check in privately), {@code
 * noFacilitatorYet} (they asked, but are in no cohort yet, so nobody could be asked).
 */
public record SafetyOutcome(boolean concern, boolean checkInAsked, boolean noFacilitatorYet)
    implements Serializable {}
