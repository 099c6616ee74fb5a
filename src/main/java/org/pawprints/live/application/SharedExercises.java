package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleSummary;
import org.pawprints.live.domain.LiveSession;

/**
 * The modules' shared exercises (each partner answers, then both answers are revealed) that a
 * facilitator can start a couple exercise from, in the cohort's language: the title and the prompt
 * are copied into the agenda item, then edited like any other.
 */
@ApplicationScoped
public class SharedExercises {

  /** One shared exercise on offer: {@code key} is "step slug/exercise id". */
  public record SharedExercise(String key, String label, String title, String prompt) {}

  @Inject LiveAccess access;
  @Inject CohortRepository cohorts;
  @Inject ModuleCatalog modules;

  public List<SharedExercise> forSession(long sessionId) {
    LiveSession session = access.toWatch(sessionId);
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow(LiveAccess::notYours);
    List<SharedExercise> offered = new ArrayList<>();
    for (ModuleSummary summary : modules.modules(cohort.getLanguage())) {
      modules
          .module(summary.getSlug(), cohort.getLanguage())
          .ifPresent(
              module -> {
                for (ExerciseView exercise : module.getExercises()) {
                  if (exercise.isShared()) {
                    offered.add(
                        new SharedExercise(
                            module.getSlug() + "/" + exercise.getId(),
                            module.getStepNumber() + ". " + exercise.getTitle(),
                            exercise.getTitle(),
                            exercise.getPrompt()));
                  }
                }
              });
    }
    return offered;
  }

  public Optional<SharedExercise> find(long sessionId, String key) {
    return forSession(sessionId).stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
