package org.pawprints.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;

/** Backs the page of one step, addressed by its slug: {@code /step.xhtml?slug=repair}. */
@Named
@RequestScoped
public class StepPage {

  @Inject StepCatalog catalog;
  @Inject CurrentLanguage currentLanguage;

  private String slug;
  private StepOverview step;

  /** Loads the step, or answers 404 when there is no step by that slug. */
  public void load() throws IOException {
    step = catalog.step(slug, currentLanguage.getLanguage()).orElse(null);
    if (step == null) {
      FacesPages.notFound();
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public StepOverview getStep() {
    return step;
  }
}
