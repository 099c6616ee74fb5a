package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.live.application.SharedExercises;
import org.pawprints.live.application.SharedExercises.SharedExercise;

/**
 * On the agenda editor, for a couple exercise: start from one of the modules' shared exercises.
 * Choosing one copies its title and prompt into the form, to edit before saving.
 */
@Named
@RequestScoped
public class SharedExercisePick {

  @Inject AgendaPage agenda;
  @Inject SharedExercises exercises;

  private String key;
  private List<SharedExercise> offered;

  public List<SharedExercise> getOffered() {
    if (offered == null) {
      offered = exercises.forSession(agenda.getSession());
    }
    return offered;
  }

  public void use() {
    if (key != null) {
      exercises
          .find(agenda.getSession(), key)
          .ifPresent(
              e -> {
                agenda.setTitle(e.title());
                agenda.setBody(e.prompt());
              });
    }
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
