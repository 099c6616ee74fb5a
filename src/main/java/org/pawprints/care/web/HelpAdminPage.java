package org.pawprints.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pawprints.care.application.HelpEntry;
import org.pawprints.care.application.HelpLineKeeping;
import org.pawprints.care.domain.HelpLineProblem;
import org.pawprints.care.domain.HelpLineRules;
import org.pawprints.care.domain.Region;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;

/**
 * The help page's administration ({@code admin/help.xhtml}): every entry with its region, moved up
 * or down within its region, hidden or shown; one entry at a time added or changed in the form
 * below the list. Problems are shown beside their fields; the service checks the same rules again.
 */
@Named
@ViewScoped
public class HelpAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id in the page, for messages beside its fields. */
  private static final String FORM = "entry";

  @Inject transient HelpLineKeeping keeping;
  @Inject transient CurrentLanguage language;
  @Inject transient Feedback feedback;

  private List<HelpEntry> entries = List.of();
  private HelpLineForm form;

  public void load() {
    entries = keeping.all(language.getLanguage());
  }

  public void startNew() {
    form = new HelpLineForm();
  }

  public void edit(long id) {
    if (feedback.attempt(() -> form = new HelpLineForm(id, keeping.draftOf(id)))) {
      return;
    }
    load();
  }

  public void cancel() {
    form = null;
  }

  public void save() {
    List<HelpLineProblem> problems = HelpLineRules.problems(form.draft().tidy());
    if (!problems.isEmpty()) {
      problems.forEach(
          p -> feedback.errorOn(FORM + ":" + p.field(), p.messageKey(), p.arguments()));
      feedback.error("care.admin.fix");
      return;
    }
    boolean saved =
        feedback.attempt(
            () -> {
              if (form.isNew()) {
                keeping.add(form.draft());
              } else {
                keeping.change(form.id(), form.draft());
              }
            });
    if (saved) {
      feedback.info("care.admin.saved");
      form = null;
    }
    load();
  }

  public void move(long id, boolean up) {
    feedback.attempt(() -> keeping.move(id, up));
    load();
  }

  public void hide(long id, boolean hidden) {
    if (feedback.attempt(() -> keeping.setHidden(id, hidden))) {
      feedback.info(hidden ? "care.admin.hidden" : "care.admin.shown");
    }
    load();
  }

  public List<HelpEntry> getEntries() {
    return entries;
  }

  public HelpLineForm getForm() {
    return form;
  }

  public Region[] getRegions() {
    return Region.values();
  }
}
