package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.pawprints.platform.refusal.Refusal;

/**
 * Saving and reading a participant's own answers. Every query names the caller as the owner, so no
 * page can load someone else's answer, whatever id it is handed. Answer text is never logged.
 * Autosave keeps a private draft ({@link #saveDraft}); only "Done" ({@link #save}) makes a version
 * that anyone else may be shown.
 */
@ApplicationScoped
@Transactional
public class Answers {

  @Inject ParticipantModules modules;
  @Inject Progress progress;
  @Inject CurrentCohort currentCohort;
  @Inject Event<AnswerCompleted> completed;
  @Inject Event<AnswerMarkingDone> markingDone;

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
   * Autosave while typing: keeps my working draft (creating or revising it; the earlier text is
   * kept as a revision), complete or not. A draft is mine alone: it changes nothing my partner or a
   * facilitator may see, and tells nobody anything. Saving the same content twice changes nothing.
   */
  public SavedAnswer saveDraft(String stepSlug, String exerciseId, AnswerContent content) {
    long me = modules.participant();
    ExerciseView exercise = modules.exercise(stepSlug, exerciseId);
    Answer answer = keep(me, stepSlug, exercise, content);
    progress.refreshCompletion(me, stepSlug);
    return new SavedAnswer(answer.getUpdatedAt(), stageOf(exercise, answer));
  }

  /**
   * "Done": keeps my answer as {@link #saveDraft} does and, when it is complete, marks it done, so
   * that this version (and no later draft) is what my partner or facilitator may see, as I chose.
   * An answer that is not complete stays a draft (the page says what is missing). The first time an
   * answer is done, {@link AnswerCompleted} tells the features that care (a partner's notice).
   */
  public SavedAnswer save(String stepSlug, String exerciseId, AnswerContent content) {
    long me = modules.participant();
    ExerciseView exercise = modules.exercise(stepSlug, exerciseId);
    Answer answer = keep(me, stepSlug, exercise, content);
    boolean wasDone = answer.done().map(c -> isComplete(exercise, c)).orElse(false);
    if (isComplete(exercise, content)) {
      // "Done" gives the answer in my current cohort: from then on only that cohort's couple and
      // facilitators can be granted it (a later partner never reads what an earlier one was given).
      // A draft is given to nobody, so autosave does not move it.
      Long previousCohort = answer.getCohortId();
      answer.givenIn(currentCohort.of(me).orElse(null));
      if (answer.hasChangesSinceDone()) {
        markingDone.fire(
            new AnswerMarkingDone(
                answer.getId(),
                me,
                answer.done().map(AnswerContent::toJson).orElse(null),
                answer.getDoneAt(),
                previousCohort));
        answer.markDone();
      }
      em.flush();
      if (!wasDone) {
        // Observers (a partner's notification) run in this transaction: both happen, or neither.
        completed.fire(new AnswerCompleted(me, stepSlug, exerciseId));
      }
    }
    progress.refreshCompletion(me, stepSlug);
    return new SavedAnswer(answer.getUpdatedAt(), stageOf(exercise, answer));
  }

  /** Where my answer to this exercise stands: none, a draft, done, or changed since done. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public AnswerStage stage(String stepSlug, String exerciseId) {
    long me = modules.participant();
    ExerciseView exercise = modules.exercise(stepSlug, exerciseId);
    return find(me, stepSlug, exerciseId, LockModeType.NONE)
        .map(a -> stageOf(exercise, a))
        .orElse(AnswerStage.NONE);
  }

  /**
   * Writes the draft, with the row locked: an autosave and a "Done" racing from two tabs take
   * turns, so "Done" marks exactly the text it was sent with, never the other request's draft.
   */
  private Answer keep(long me, String stepSlug, ExerciseView exercise, AnswerContent content) {
    AnswerRules.problem(exercise, content)
        .ifPresent(
            key -> {
              throw new Refusal(key);
            });
    Optional<Answer> existing =
        find(me, stepSlug, exercise.getId(), LockModeType.PESSIMISTIC_WRITE);
    Answer answer;
    if (existing.isEmpty()) {
      answer = new Answer(me, stepSlug, exercise.getId(), content);
      em.persist(answer);
    } else {
      answer = existing.get();
      if (answer.content().equals(content)) {
        return answer;
      }
      String previous = answer.revise(content);
      em.persist(new AnswerRevision(answer.getId(), previous, Instant.now()));
    }
    em.flush();
    return answer;
  }

  private static AnswerStage stageOf(ExerciseView exercise, Answer answer) {
    boolean done = answer.done().map(c -> isComplete(exercise, c)).orElse(false);
    if (!done) {
      return AnswerStage.DRAFT;
    }
    return answer.hasChangesSinceDone() ? AnswerStage.CHANGED_SINCE_DONE : AnswerStage.DONE;
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
    return find(me, stepSlug, exerciseId, LockModeType.NONE);
  }

  private Optional<Answer> find(long me, String stepSlug, String exerciseId, LockModeType lock) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setLockMode(lock)
        .setParameter("person", me)
        .setParameter("step", stepSlug)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst();
  }
}
