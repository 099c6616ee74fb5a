package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleSummary;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.learning.domain.ModuleProgress;
import org.pawprints.platform.i18n.Language;

/**
 * Where a participant is in each module, and whether it is complete: every exercise answered and
 * marked done (complete by its kind's rule) and the quiz passed at least once.
 */
@ApplicationScoped
@Transactional
public class Progress {

  @Inject ParticipantModules modules;
  @Inject ModuleCatalog catalog;
  @Inject Event<ModuleCompleted> moduleCompleted;

  @PersistenceContext EntityManager em;

  /** Remembers where I am in a module, for "continue where I left off". */
  public void visit(String stepSlug, String location) {
    long me = modules.participant();
    modules.openModule(stepSlug);
    ModuleProgress progress = em.find(ModuleProgress.class, new ModuleProgress.Key(me, stepSlug));
    if (progress == null) {
      em.persist(new ModuleProgress(me, stepSlug, location));
    } else {
      progress.visit(location);
    }
  }

  /** Marks the module complete when it now is (called after every answer and quiz). */
  void refreshCompletion(long me, String stepSlug) {
    ModuleProgress progress = em.find(ModuleProgress.class, new ModuleProgress.Key(me, stepSlug));
    if (progress == null) {
      progress = new ModuleProgress(me, stepSlug, "start");
      em.persist(progress);
    }
    if (!progress.isComplete() && isComplete(me, modules.module(stepSlug))) {
      progress.complete();
      moduleCompleted.fire(new ModuleCompleted(me, stepSlug));
    }
  }

  boolean isComplete(long me, ModuleView module) {
    // An exercise counts once its answer is done: a draft is not an answer yet.
    Map<String, AnswerContent> answers =
        em
            .createNamedQuery("Answer.mine", Answer.class)
            .setParameter("person", me)
            .setParameter("step", module.getSlug())
            .getResultList()
            .stream()
            .filter(a -> a.done().isPresent())
            .collect(Collectors.toMap(Answer::getExerciseId, a -> a.done().orElseThrow()));
    boolean exercisesDone =
        module.getExercises().stream()
            .allMatch(e -> answers.containsKey(e.getId()) && complete(e, answers.get(e.getId())));
    boolean quizPassed =
        em.createQuery(
                    "SELECT COUNT(a) FROM QuizAttempt a WHERE a.personId = :me"
                        + " AND a.stepSlug = :step AND a.passed = TRUE",
                    Long.class)
                .setParameter("me", me)
                .setParameter("step", module.getSlug())
                .getSingleResult()
            > 0;
    return exercisesDone && quizPassed;
  }

  private static boolean complete(ExerciseView exercise, AnswerContent content) {
    return AnswerRules.missing(exercise, content).isEmpty();
  }

  /** My seven modules with their state, and where to continue. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Overview overview(Language language) {
    long me = modules.participant();
    Map<String, ModuleProgress> mine =
        em
            .createNamedQuery("ModuleProgress.mine", ModuleProgress.class)
            .setParameter("person", me)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(ModuleProgress::getStepSlug, Function.identity()));
    List<ModuleSummary> all = catalog.modules(language);
    Set<String> open =
        modules.openToMe(
            all.stream()
                .map(ModuleSummary::getSlug)
                .filter(slug -> !mine.containsKey(slug))
                .toList());
    List<ModuleCard> cards =
        all.stream()
            .map(
                m -> {
                  ModuleProgress p = mine.get(m.getSlug());
                  ModuleState state =
                      p == null
                          ? ModuleState.NOT_STARTED
                          : p.isComplete() ? ModuleState.COMPLETE : ModuleState.IN_PROGRESS;
                  if (state == ModuleState.NOT_STARTED && !open.contains(m.getSlug())) {
                    state = ModuleState.LOCKED;
                  }
                  return new ModuleCard(
                      m.getStepNumber(),
                      m.getSlug(),
                      m.getTitle(),
                      m.getSummary(),
                      state,
                      p == null ? null : p.getLastLocation());
                })
            .toList();
    Optional<ModuleProgress> lastVisited =
        mine.values().stream()
            .filter(p -> !p.isComplete())
            .max(Comparator.comparing(ModuleProgress::getVisitedAt));
    return new Overview(cards, lastVisited.map(ModuleProgress::getStepSlug).orElse(null));
  }

  /** The dashboard's content. */
  public record Overview(List<ModuleCard> modules, String continueSlug) {
    public long completeCount() {
      return modules.stream().filter(m -> m.state() == ModuleState.COMPLETE).count();
    }
  }

  /** One module on the dashboard. */
  public record ModuleCard(
      int number, String slug, String title, String summary, ModuleState state, String location) {}
}
