package org.pawprints.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.learning.application.AnswerRules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.platform.i18n.Language;

/**
 * Per module, for a cohort's facilitators and administrators: how many members started and
 * completed it, passed its quiz, answered its shared exercise(s), and how many couples saw each
 * other's answers. Counts leave this class; words and people never do.
 *
 * <p>Small numbers ({@link ShownCount}): nothing is counted in a cohort of fewer than {@link
 * #MIN_PARTICIPANTS} participants, and couples are not counted with fewer than {@link #MIN_COUPLES}
 * couples, because there a number is one person's (or one couple's) story. Below {@link
 * ShownCount#EXACT_FROM}, "nobody", "everybody" and any count within 3 of either are shown as
 * "fewer than 3" or "all but at most 2"; from there on, counts are exact.
 */
@ApplicationScoped
public class CohortProgressReport {

  public static final int MIN_PARTICIPANTS = ShownCount.MIN_UNITS;
  public static final int MIN_COUPLES = ShownCount.MIN_UNITS;

  @Inject AccessPolicy access;
  @Inject CohortRepository cohorts;
  @Inject CoupleRepository coupleRows;
  @Inject ModuleCatalog catalog;
  @Inject AnswerVisibility visibility;

  @PersistenceContext EntityManager em;

  public CohortProgress of(long cohortId, Language language) {
    access.requireFacilitatorOf(cohortId);
    List<Long> members = cohorts.memberIds(cohortId);
    // Couples whose two people are both still members (as Partners reads them).
    Set<Long> stillIn = new HashSet<>(members);
    List<Couple> couples =
        coupleRows.ofCohort(cohortId).stream()
            .filter(c -> stillIn.contains(c.getPersonA()) && stillIn.contains(c.getPersonB()))
            .toList();
    int smallest = cohorts.find(cohortId).map(Cohort::getSmallestGroup).orElse(MIN_PARTICIPANTS);
    if (members.size() < smallest) {
      return new CohortProgress(members.size(), couples.size(), List.of(), smallest);
    }
    List<ModuleCounts> counts =
        catalog.modules(language).stream()
            .map(
                summary -> {
                  ModuleView module = catalog.module(summary.getSlug(), Language.EN).orElseThrow();
                  return counts(
                      summary.getStepNumber(),
                      summary.getTitle(),
                      module,
                      members,
                      couples,
                      smallest);
                })
            .toList();
    return new CohortProgress(members.size(), couples.size(), counts, smallest);
  }

  private ModuleCounts counts(
      int number,
      String title,
      ModuleView module,
      List<Long> members,
      List<Couple> couples,
      int smallest) {
    String step = module.getSlug();
    long started = count("SELECT COUNT(p) FROM ModuleProgress p", step, members, "");
    long completed =
        count(
            "SELECT COUNT(p) FROM ModuleProgress p",
            step,
            members,
            " AND p.completedAt IS NOT NULL");
    long quizPassed =
        count(
            "SELECT COUNT(DISTINCT p.personId) FROM QuizAttempt p",
            step,
            members,
            " AND p.passed = TRUE");
    List<ExerciseView> shared =
        module.getExercises().stream().filter(ExerciseView::isShared).toList();
    long answeredShared = answeredAll(step, shared, members);
    long revealed = 0;
    if (couples.size() >= smallest) {
      revealed =
          couples.stream()
              .filter(
                  pair ->
                      !shared.isEmpty()
                          && shared.stream()
                              .allMatch(
                                  e ->
                                      visibility.isRevealed(
                                          pair.getPersonA(), pair.getPersonB(), step, e.getId())))
              .count();
    }
    long people = members.size();
    return new ModuleCounts(
        number,
        step,
        title,
        ShownCount.of(started, people, smallest),
        ShownCount.of(completed, people, smallest),
        ShownCount.of(quizPassed, people, smallest),
        ShownCount.of(answeredShared, people, smallest),
        ShownCount.of(revealed, couples.size(), smallest));
  }

  /**
   * Members with a complete answer marked done to every shared exercise of the module (private ones
   * too; drafts do not count).
   */
  private long answeredAll(String step, List<ExerciseView> shared, List<Long> members) {
    if (shared.isEmpty()) {
      return 0;
    }
    Map<Long, Integer> completeByPerson = new HashMap<>();
    for (Answer answer :
        em.createQuery(
                "SELECT a FROM Answer a WHERE a.stepSlug = :step AND a.personId IN :people",
                Answer.class)
            .setParameter("step", step)
            .setParameter("people", members)
            .getResultList()) {
      shared.stream()
          .filter(e -> e.getId().equals(answer.getExerciseId()))
          .filter(
              e ->
                  answer.isErasedComplete()
                      || answer.done().filter(c -> AnswerRules.missing(e, c).isEmpty()).isPresent())
          .findFirst()
          .ifPresent(e -> completeByPerson.merge(answer.getPersonId(), 1, Integer::sum));
    }
    return completeByPerson.values().stream().filter(n -> n == shared.size()).count();
  }

  private long count(String select, String step, List<Long> members, String condition) {
    return em.createQuery(
            select + " WHERE p.stepSlug = :step AND p.personId IN :people" + condition, Long.class)
        .setParameter("step", step)
        .setParameter("people", members)
        .getSingleResult();
  }
}
