package org.pawprints.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleSummary;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * A module's one-page handout (issue 14): the key idea, the phrases to try and this week's
 * practice, in the reader's language, laid out for paper by the print style sheet. Only for a
 * signed-in participant (the page lives under /my/), and only for a module open to them.
 */
@Named
@RequestScoped
public class HandoutPage {

  @Inject ModuleCatalog catalog;
  @Inject ParticipantModules modules;
  @Inject CurrentLanguage language;

  private String step;
  private ModuleView module;
  private boolean locked;

  public void load() {
    modules.participant();
    Optional<String> slug =
        catalog.modules(language.getLanguage()).stream()
            .filter(m -> String.valueOf(m.getStepNumber()).equals(step) || m.getSlug().equals(step))
            .map(ModuleSummary::getSlug)
            .findFirst();
    if (slug.isEmpty()) {
      return;
    }
    module = catalog.module(slug.get(), language.getLanguage()).orElse(null);
    locked = module != null && !modules.isOpenToMe(slug.get());
  }

  /** The module, or null when the step number is unknown. */
  public ModuleView getModule() {
    return module;
  }

  public boolean isLocked() {
    return locked;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }
}
