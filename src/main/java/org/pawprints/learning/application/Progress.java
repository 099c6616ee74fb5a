package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

  /**
   * Remembers where I am in a module, for "continue where I left off", and how far I have read:
   * {@code screen} is the place's number in the module, from 1.
   */
  public void visit(String stepSlug, String location, int screen) {
    long me = modules.participant();
    modules.openModule(stepSlug);
    ModuleProgress progress = em.find(ModuleProgress.class, new ModuleProgress.Key(me, stepSlug));
    if (progress == null) {
      progress = new ModuleProgress(me, stepSlug, location);
      em.persist(progress);
    }
    progress.visit(location, screen);
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
    Map<String, Long> exercisesDone = new HashMap<>();
    Set<String> quizzesPassed = new HashSet<>();
    doneAndPassed(me, exercisesDone, quizzesPassed);
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
                      p == null ? null : p.getLastLocation(),
                      new ModuleCounts(
                          p == null ? 0 : Math.max(p.getFurthestScreen(), 1),
                          m.getSectionCount() + m.getExerciseCount() + 2,
                          (int)
                              Math.min(
                                  exercisesDone.getOrDefault(m.getSlug(), 0L),
                                  m.getExerciseCount()),
                          m.getExerciseCount(),
                          quizzesPassed.contains(m.getSlug())));
                })
            .toList();
    Optional<ModuleProgress> lastVisited =
        mine.values().stream()
            .filter(p -> !p.isComplete())
            .max(Comparator.comparing(ModuleProgress::getVisitedAt));
    return new Overview(cards, lastVisited.map(ModuleProgress::getStepSlug).orElse(null));
  }

  /**
   * How many exercises of each step I marked done (a draft is not an answer yet), and the steps
   * whose quiz I passed at least once: one statement for both (the dashboard's counts), since each
   * statement costs a page view about half a millisecond of the server's CPU (issue 11, pages).
   */
  private void doneAndPassed(long me, Map<String, Long> exercisesDone, Set<String> quizzesPassed) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(DONE_AND_PASSED).setParameter(1, me).getResultList();
    for (Object[] row : rows) {
      String step = (String) row[1];
      if ("answer".equals(row[0])) {
        exercisesDone.put(step, ((Number) row[2]).longValue());
      } else {
        quizzesPassed.add(step);
      }
    }
  }

  private static final String DONE_AND_PASSED =
      "SELECT 'answer', step_slug, COUNT(*) FROM answer WHERE person_id = ?1 AND done_at IS NOT NULL"
          + " GROUP BY step_slug"
          + " UNION ALL SELECT DISTINCT 'quiz', step_slug, 0 FROM quiz_attempt"
          + " WHERE person_id = ?1 AND passed = TRUE";

  /** The dashboard's content. */
  public record Overview(List<ModuleCard> modules, String continueSlug) {
    public long completeCount() {
      return modules.stream().filter(m -> m.state() == ModuleState.COMPLETE).count();
    }
  }

  /** One module on the dashboard. */
  public record ModuleCard(
      int number,
      String slug,
      String title,
      String summary,
      ModuleState state,
      String location,
      ModuleCounts counts) {}

  /**
   * How far into a module I am (issue 13): the furthest screen reached (0 before opening it), the
   * exercises marked done and whether the quiz was passed.
   */
  public record ModuleCounts(
      int screensReached,
      int screenCount,
      int exercisesDone,
      int exerciseCount,
      boolean quizPassed) {}
}
