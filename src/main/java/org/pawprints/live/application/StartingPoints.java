package org.pawprints.live.application;

import java.util.List;
import org.pawprints.platform.i18n.Language;

/**
 * What a facilitator may start a session's agenda from: the steps that have a default plan, the
 * step the cohort is at (the last step opened for it, or the first step), the cohort's language,
 * and the earlier agendas the facilitator may copy.
 */
public record StartingPoints(
    List<StepChoice> steps, String currentStep, Language language, List<EarlierAgenda> earlier) {

  /** A step of the program that ships a default session plan. */
  public record StepChoice(String slug, String title) {}
}
