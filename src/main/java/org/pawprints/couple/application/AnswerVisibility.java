package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.couple.domain.VisibilityChoice;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.learning.application.AnswerRules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;

/**
 * The one rule for who may see an answer. The author always may. Nobody else ever may, whatever
 * their role (not another couple, not a facilitator, not an administrator), except, and only for a
 * <em>complete</em> answer: a facilitator of the author's cohort when the author explicitly shared
 * that answer with their facilitators, and their partner, by the author's {@link Visibility}:
 *
 * <ul>
 *   <li>{@code PRIVATE}: never; the partner is not even told that it exists.
 *   <li>{@code SHARED_NOW}: as soon as it is complete.
 *   <li>{@code AFTER_REVEAL}: once the partner has a complete answer too that is not {@code
 *       PRIVATE} (reciprocity: a reveal needs both answers released).
 * </ul>
 *
 * Without a choice, shared exercises are {@code AFTER_REVEAL} and all others {@code PRIVATE}.
 * "Complete" means the version its author marked done ({@link Answer#done()}): a draft (autosaved,
 * or edited since "done") counts as "not answered", so not even its existence is told, and nobody
 * but the author ever reads it ({@link #readableBy}).
 */
@ApplicationScoped
public class AnswerVisibility {

  @Inject Partners partners;
  @Inject ModuleCatalog catalog;

  @PersistenceContext EntityManager em;

  /** Whether the viewer may read this answer's content. */
  public boolean maySee(long viewerId, Answer answer) {
    long author = answer.getPersonId();
    if (author == viewerId) {
      return true;
    }
    boolean partner = partners.arePartners(viewerId, author);
    if (!partner && !facilitatesCohortOf(viewerId, author)) {
      return false;
    }
    Optional<ExerciseView> exercise = exercise(answer.getStepSlug(), answer.getExerciseId());
    if (exercise.isEmpty() || !isDone(exercise.get(), answer)) {
      return false;
    }
    if (!partner) {
      // A facilitator of the author's cohort: only what the author explicitly shared with them.
      return isSharedWithFacilitators(author, answer.getStepSlug(), answer.getExerciseId());
    }
    return switch (levelOf(author, exercise.get(), answer.getStepSlug())) {
      case PRIVATE -> false;
      case SHARED_NOW -> true;
      case AFTER_REVEAL -> released(exercise.get(), viewerId, answer.getStepSlug());
    };
  }

  /**
   * What the viewer may read of this answer: the author, their working draft; anyone {@link
   * #maySee} allows, the version last marked done (never a later draft); anyone else, nothing.
   */
  public Optional<AnswerContent> readableBy(long viewerId, Answer answer) {
    if (answer.getPersonId() == viewerId) {
      return Optional.of(answer.content());
    }
    return maySee(viewerId, answer) ? answer.done() : Optional.empty();
  }

  /** Whether the viewer may know if the author has answered at all (author or partner). */
  public boolean mayKnowWhetherAnswered(long viewerId, long authorId) {
    return viewerId == authorId || partners.arePartners(viewerId, authorId);
  }

  /**
   * Whether this person's answer is complete, as far as the viewer may know: the author knows; the
   * partner learns it only of an answer that is not private; anyone else learns nothing.
   */
  public boolean hasAnswered(long viewerId, long authorId, String step, String exerciseId) {
    if (!mayKnowWhetherAnswered(viewerId, authorId)) {
      return false;
    }
    return exercise(step, exerciseId)
        .map(e -> viewerId == authorId ? complete(e, authorId, step) : released(e, authorId, step))
        .orElse(false);
  }

  /**
   * Whether the two partners' answers to this exercise are revealed to each other: both complete,
   * neither private.
   */
  public boolean isRevealed(long one, long other, String step, String exerciseId) {
    if (!partners.arePartners(one, other)) {
      return false;
    }
    Optional<ExerciseView> exercise = exercise(step, exerciseId);
    return exercise.isPresent()
        && released(exercise.get(), one, step)
        && released(exercise.get(), other, step);
  }

  /** Whether the exercise exists and is one that partners answer, then reveal. */
  public boolean isShared(String step, String exerciseId) {
    return exercise(step, exerciseId).map(ExerciseView::isShared).orElse(false);
  }

  /** Whether the author chose to show this answer to the facilitators of their cohort. */
  public boolean isSharedWithFacilitators(long authorId, String step, String exerciseId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM answer_facilitator_share WHERE person_id = ?1 AND step_slug = ?2"
                + " AND exercise_id = ?3")
        .setParameter(1, authorId)
        .setParameter(2, step)
        .setParameter(3, exerciseId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Listed as a facilitator of a cohort the author belongs to. Read from the table, not the role:
   * an administrator is not a facilitator of every cohort here, and sees no answer.
   */
  private boolean facilitatesCohortOf(long viewerId, long authorId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM cohort_facilitator f JOIN cohort_member m ON m.cohort_id = f.cohort_id"
                + " WHERE f.person_id = ?1 AND m.person_id = ?2")
        .setParameter(1, viewerId)
        .setParameter(2, authorId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The author's visibility for this exercise (their choice, or the exercise's default). */
  public Visibility levelOf(long authorId, String step, String exerciseId) {
    return exercise(step, exerciseId)
        .map(e -> levelOf(authorId, e, step))
        .orElse(Visibility.PRIVATE);
  }

  private Visibility levelOf(long authorId, ExerciseView exercise, String step) {
    VisibilityChoice chosen =
        em.find(VisibilityChoice.class, new VisibilityChoice.Key(authorId, step, exercise.getId()));
    return chosen != null ? chosen.getVisibility() : Visibility.defaultFor(exercise.isShared());
  }

  /** A complete answer its author lets their partner see (now or at the reveal). */
  private boolean released(ExerciseView exercise, long personId, String step) {
    return levelOf(personId, exercise, step) != Visibility.PRIVATE
        && complete(exercise, personId, step);
  }

  private Optional<ExerciseView> exercise(String step, String exerciseId) {
    return catalog.module(step, Language.EN).flatMap(m -> m.exercise(exerciseId));
  }

  private boolean complete(ExerciseView exercise, long personId, String step) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", personId)
        .setParameter("step", step)
        .setParameter("exercise", exercise.getId())
        .getResultStream()
        .findFirst()
        .map(a -> isDone(exercise, a))
        .orElse(false);
  }

  /** Answered, for anyone but the author: a complete version marked done. A draft never counts. */
  private static boolean isDone(ExerciseView exercise, Answer answer) {
    return answer.done().map(c -> AnswerRules.missing(exercise, c).isEmpty()).orElse(false);
  }
}
