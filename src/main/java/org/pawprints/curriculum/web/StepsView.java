package org.pawprints.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.platform.web.CurrentLanguage;

/** Backs the landing page's list of the seven steps. */
@Named
@RequestScoped
public class StepsView {

  @Inject StepCatalog catalog;
  @Inject CurrentLanguage currentLanguage;

  private List<StepOverview> steps;

  public List<StepOverview> getSteps() {
    if (steps == null) {
      steps = catalog.steps(currentLanguage.getLanguage());
    }
    return steps;
  }
}
