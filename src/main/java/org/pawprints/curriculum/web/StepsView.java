package org.pawprints.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;

/** Backs the landing page's list of the seven steps. */
@Named
@RequestScoped
public class StepsView {

  @Inject StepCatalog catalog;
  @Inject CurrentLanguage currentLanguage;

  private List<Row> steps;

  public List<Row> getSteps() {
    if (steps == null) {
      Language language = currentLanguage.getLanguage();
      steps = catalog.steps(language).stream().map(step -> new Row(step, language)).toList();
    }
    return steps;
  }

  /**
   * One step as the list shows it, its "Step 3" label formatted here rather than by an {@code
   * h:outputFormat} per row (a component and a MessageFormat per row and per view).
   */
  public static final class Row {
    private final StepOverview step;
    private final String label;

    Row(StepOverview step, Language language) {
      this.step = step;
      this.label = Messages.numbered(language, "step.label", step.getNumber());
    }

    public String getLabel() {
      return label;
    }

    public int getNumber() {
      return step.getNumber();
    }

    public String getSlug() {
      return step.getSlug();
    }

    public String getTitle() {
      return step.getTitle();
    }

    public String getSummary() {
      return step.getSummary();
    }
  }
}
