package org.pawprints.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.curriculum.content.application.SectionView;
import org.pawprints.learning.application.ModuleAddress;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.learning.application.Progress;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;

/**
 * One module, one screen at a time: a lesson section, an exercise, the quiz or the closing practice
 * card. Next and Back are POSTs that remember the place, then redirect, so the address always names
 * the screen and "continue where I left off" returns to it.
 *
 * <p>The module is looked up once, when the view opens, and kept for the view: a page reads its
 * getters dozens of times per render, and asking the database each time both cost queries and,
 * under load, failed. The exercise on screen has its answer form ({@link AnswerForm}); the couple
 * feature adds its panel to it.
 */
@Named
@ViewScoped
public class ModulePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleCatalog catalog;
  @Inject transient ParticipantModules modules;
  @Inject transient Progress progress;
  @Inject transient CurrentLanguage language;
  @Inject AnswerForm answerForm;

  private String step;
  private String at;
  private int index;
  private boolean locked;
  private ModuleView module;
  private List<String> places = List.of();
  // The exercise at exerciseAt, found once (getExercise); not kept with the view's state.
  private transient ExerciseView exercise;
  private transient String exerciseAt;

  public void load() throws IOException {
    Optional<ModuleView> found = catalog.module(step, language.getLanguage());
    if (found.isEmpty()) {
      FacesPages.notFound();
      return;
    }
    module = found.get();
    places = ModuleLocation.all(module);
    locked = !modules.isOpenToMe(step);
    index = ModuleLocation.indexOf(module, at);
    at = getLocation();
    if (!locked && getExercise() != null) {
      answerForm.load();
    }
  }

  /** True when the cohort's facilitator has not opened this module yet. */
  public boolean isLocked() {
    return locked;
  }

  // ----- Moving through the module -----

  public void next() throws IOException {
    go(Math.min(index + 1, places.size() - 1));
  }

  public void previous() throws IOException {
    go(Math.max(index - 1, 0));
  }

  private void go(int target) throws IOException {
    if (locked || places.isEmpty()) {
      return;
    }
    String location = places.get(target);
    progress.visit(step, location, target + 1);
    FacesPages.redirect(ModuleAddress.of(step, location));
  }

  // ----- What the page shows -----

  /** The module as loaded when the view opened; null when there is none (the page is a 404). */
  public ModuleView getModule() {
    return module;
  }

  public String getLocation() {
    return places.isEmpty() ? null : places.get(index);
  }

  public int getPosition() {
    return index + 1;
  }

  public int getPlaceCount() {
    return places.size();
  }

  /**
   * "Step 1", formatted here rather than by an h:outputFormat (a component and a MessageFormat).
   */
  public String getStepLabel() {
    return Messages.numbered(language.getLanguage(), "step.label", module.getStepNumber());
  }

  /** "Screen 2 of 9". */
  public String getPlaceText() {
    return Messages.get(language.getLanguage(), "module.place", getPosition(), getPlaceCount());
  }

  public boolean isFirst() {
    return index == 0;
  }

  public boolean isLast() {
    return index == places.size() - 1;
  }

  public SectionView getSection() {
    String location = getLocation();
    if (module == null || location == null) {
      return null;
    }
    return module.getSections().stream()
        .filter(s -> location.equals("s-" + s.getId()))
        .findFirst()
        .orElse(null);
  }

  /**
   * The exercise on screen, or null. Found once per view and kept: the page and its answer form and
   * couple panel ask it dozens of times per render, and the screen never changes within a view.
   */
  public ExerciseView getExercise() {
    String location = getLocation();
    if (module == null || location == null) {
      return null;
    }
    if (!location.equals(exerciseAt)) {
      exercise =
          module.getExercises().stream()
              .filter(e -> location.equals("e-" + e.getId()))
              .findFirst()
              .orElse(null);
      exerciseAt = location;
    }
    return exercise;
  }

  public boolean isQuiz() {
    return ModuleLocation.QUIZ.equals(getLocation());
  }

  public boolean isPractice() {
    return ModuleLocation.PRACTICE.equals(getLocation());
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }
}
