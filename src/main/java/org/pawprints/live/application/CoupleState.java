package org.pawprints.live.application;

/**
 * What my phone shows of my couple's side of the session: whether I am with a partner here, our
 * pause and helper call, and the couple activity on screen (an exercise with its offer to share, or
 * the floor), each null when not on screen.
 */
public record CoupleState(
    boolean solo,
    CoupleCare.CareView care,
    CoupleExercises.ExerciseView exercise,
    CoupleConsent.ShareView share,
    TheFloor.FloorView floor,
    long serverNow) {

  public boolean paused() {
    return care.paused();
  }
}
