package org.pawprints.live.application;

import java.util.List;

/**
 * What the control view offers for "this week's practice": the program's steps (opened or not for a
 * facilitator-paced cohort), the one proposed, and the practice last sent to the cohort.
 */
public record PracticeChoices(
    boolean facilitatorPaced, List<Step> steps, String proposed, PracticeCard lastSent) {

  /** A step to choose; {@code opened} is always true in a self-paced cohort. */
  public record Step(String slug, String title, boolean opened) {}
}
