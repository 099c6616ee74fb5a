package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pawprints.cohort.application.CurrentCohort;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.learning.domain.AnswerRevision;

/**
 * Saving and reading a participant's own answers. Every query names the caller as the owner, so no
 * page can load someone else's answer, whatever id it is handed. Answer text is never logged.
 */
@ApplicationScoped
@Transactional
public class Answers {

  @Inject ParticipantModules modules;
  @Inject Progress progress;
  @Inject CurrentCohort currentCohort;
  @Inject Event<AnswerCompleted> completed;

  @PersistenceContext EntityManager em;

  /** My answers in one module, by exercise id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, AnswerContent> mine(String stepSlug) {
    long me = modules.participant();
    Map<String, AnswerContent> answers = new HashMap<>();
    em.createNamedQuery("Answer.mine", Answer.class)
        .setParameter("person", me)
        .setParameter("step", stepSlug)
        .getResultList()
        .forEach(a -> answers.put(a.getExerciseId(), a.content()));
    return answers;
  }

  /**
   * Saves my answer (creating or revising it; the earlier text is kept as a revision) and returns
   * when it was saved. Saving the same content twice changes nothing.
   */
  public Instant save(String stepSlug, String exerciseId, AnswerContent content) {
    long me = modules.participant();
    ExerciseView exercise = modules.exercise(stepSlug, exerciseId);
    AnswerRules.problem(exercise, content)
        .ifPresent(
            key -> {
              throw new LearningProblem(key);
            });
    Optional<Answer> existing = find(me, stepSlug, exerciseId);
    boolean wasComplete = existing.map(a -> isComplete(exercise, a.content())).orElse(false);
    Answer answer;
    // Saving gives the answer in my current cohort: from then on only that cohort's couple and
    // facilitators can be granted it (a later partner never reads what an earlier one was given).
    Long cohort = currentCohort.of(me).orElse(null);
    if (existing.isEmpty()) {
      answer = new Answer(me, stepSlug, exerciseId, content);
      answer.givenIn(cohort);
      em.persist(answer);
    } else {
      answer = existing.get();
      answer.givenIn(cohort);
      if (answer.content().equals(content)) {
        return answer.getUpdatedAt();
      }
      String previous = answer.revise(content);
      em.persist(new AnswerRevision(answer.getId(), previous, Instant.now()));
    }
    em.flush();
    if (!wasComplete && isComplete(exercise, content)) {
      // Observers (a partner's notification) run in this transaction: both happen, or neither.
      completed.fire(new AnswerCompleted(me, stepSlug, exerciseId));
    }
    progress.refreshCompletion(me, stepSlug);
    return answer.getUpdatedAt();
  }

  private static boolean isComplete(ExerciseView exercise, AnswerContent content) {
    return AnswerRules.missing(exercise, content).isEmpty();
  }

  /** One answer by id, only when it is mine. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnswerContent byId(long answerId) {
    long me = modules.participant();
    Answer answer = em.find(Answer.class, answerId);
    if (answer == null || answer.getPersonId() != me) {
      throw new AccessDeniedException("answer " + answerId + " is not the caller's");
    }
    return answer.content();
  }

  /** How many earlier versions of my answer are kept. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long revisionCount(String stepSlug, String exerciseId) {
    long me = modules.participant();
    return find(me, stepSlug, exerciseId)
        .map(
            a ->
                em.createQuery(
                        "SELECT COUNT(r) FROM AnswerRevision r WHERE r.answerId = :a", Long.class)
                    .setParameter("a", a.getId())
                    .getSingleResult())
        .orElse(0L);
  }

  /**
   * Clears the earlier versions of my answer; the current text stays. Returns how many went. Only
   * ever my own answer: the person comes from the sign-in, never from the page.
   */
  public int clearEarlierVersions(String stepSlug, String exerciseId) {
    long me = modules.participant();
    return find(me, stepSlug, exerciseId)
        .map(
            a ->
                em.createQuery("DELETE FROM AnswerRevision r WHERE r.answerId = :a")
                    .setParameter("a", a.getId())
                    .executeUpdate())
        .orElse(0);
  }

  private Optional<Answer> find(long me, String stepSlug, String exerciseId) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", me)
        .setParameter("step", stepSlug)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst();
  }
}
