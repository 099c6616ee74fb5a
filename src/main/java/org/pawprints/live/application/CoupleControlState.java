package org.pawprints.live.application;

import java.util.List;

/**
 * What the control screen shows of the couples: counts for the exercise or the floor on screen
 * (never a word), offers both partners consented to, how many couples are paused, helper calls.
 */
public record CoupleControlState(
    CoupleExercises.ExerciseCounts exercise,
    TheFloor.FloorCounts floor,
    List<CoupleConsent.ReadyShare> ready,
    int paused,
    List<CoupleCare.HelperLine> helperCalls) {}
