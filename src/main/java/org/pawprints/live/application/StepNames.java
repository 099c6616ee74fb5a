package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.platform.i18n.Language;

/**
 * One name per step (docs/live.md "One name per step"): live screens call a step by its module's
 * title, the name participants read on their dashboard and at the top of the module they open, with
 * its number in front in a list ("1. Gentle start-ups"). A step without a module yet keeps its
 * program title.
 */
@ApplicationScoped
public class StepNames {

  @Inject ModuleCatalog modules;

  /** The step's name in {@code language}, numbered: "1. Gentle start-ups". */
  public String numbered(StepOverview step, Language language) {
    String name =
        modules.module(step.getSlug(), language).map(ModuleView::getTitle).orElse(step.getTitle());
    return step.getNumber() + ". " + name;
  }
}
