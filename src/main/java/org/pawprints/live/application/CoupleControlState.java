package org.pawprints.live.application;

import java.util.List;

/**
 * What the control screen shows of the couples: counts for the exercise or the floor on screen
 * (never a word), offers both partners consented to, how many couples and how many people on their
 * own are paused, helper calls.
 */
public record CoupleControlState(
    CoupleExercises.ExerciseCounts exercise,
    TheFloor.FloorCounts floor,
    List<CoupleConsent.ReadyShare> ready,
    int pausedCouples,
    int pausedPeople,
    List<CoupleCare.HelperLine> helperCalls) {

  /** Every unit paused, couples and people on their own. */
  public int paused() {
    return pausedCouples + pausedPeople;
  }

  /** The message that words the paused count: couples, people on their own, or both. */
  public String pausedKey() {
    if (pausedCouples > 0 && pausedPeople > 0) {
      return "live.couples.pausedBoth";
    }
    return pausedPeople > 0 ? "live.couples.pausedPeople" : "live.couples.paused";
  }
}
