package org.pawprints.live.application;

import java.util.List;
import org.pawprints.platform.i18n.Language;

/**
 * What a facilitator may start a session's agenda from: the steps that have a default plan, the
 * step the cohort is at (the last step opened for it, or the first step), the cohort's language,
 * the earlier agendas the facilitator may copy, and whether the session may still be filled this
 * way (it has not started).
 */
public record StartingPoints(
    List<StepChoice> steps,
    String currentStep,
    Language language,
    List<EarlierAgenda> earlier,
    boolean fillable) {

  /** A step of the program that ships a default session plan. */
  public record StepChoice(String slug, String title) {}
}
