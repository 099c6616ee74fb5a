package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.learning.application.AnswerRules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.platform.web.Language;

/**
 * The one rule for who may see an answer. The author always may. Their partner may only when the
 * exercise is shared and both partners have a complete answer to it (the reveal); before that the
 * partner may know only whether it is answered. Nobody else ever may: not another couple, not a
 * facilitator, not an administrator (roles grant nothing here). A draft that is not complete does
 * not count as answered, so not even its existence is told.
 */
@ApplicationScoped
public class AnswerVisibility {

  @Inject Partners partners;
  @Inject ModuleCatalog catalog;

  @PersistenceContext EntityManager em;

  /** Whether the viewer may read this answer's content. */
  public boolean maySee(long viewerId, Answer answer) {
    if (answer.getPersonId() == viewerId) {
      return true;
    }
    return partners.arePartners(viewerId, answer.getPersonId())
        && isRevealed(viewerId, answer.getPersonId(), answer.getStepSlug(), answer.getExerciseId());
  }

  /** Whether the viewer may know if the author has answered (the author, or their partner). */
  public boolean mayKnowWhetherAnswered(long viewerId, long authorId) {
    return viewerId == authorId || partners.arePartners(viewerId, authorId);
  }

  /** Whether this person's answer is complete; only for those allowed to know. */
  public boolean hasAnswered(long viewerId, long authorId, String step, String exerciseId) {
    if (!mayKnowWhetherAnswered(viewerId, authorId)) {
      return false;
    }
    return exercise(step, exerciseId)
        .map(e -> complete(e, authorId, step, exerciseId))
        .orElse(false);
  }

  /** Whether the two partners' answers to this exercise are revealed to each other. */
  public boolean isRevealed(long one, long other, String step, String exerciseId) {
    if (!partners.arePartners(one, other)) {
      return false;
    }
    Optional<ExerciseView> exercise = exercise(step, exerciseId).filter(ExerciseView::isShared);
    return exercise.isPresent()
        && complete(exercise.get(), one, step, exerciseId)
        && complete(exercise.get(), other, step, exerciseId);
  }

  /** Whether the exercise exists and is one that partners answer, then reveal. */
  public boolean isShared(String step, String exerciseId) {
    return exercise(step, exerciseId).map(ExerciseView::isShared).orElse(false);
  }

  private Optional<ExerciseView> exercise(String step, String exerciseId) {
    return catalog.module(step, Language.EN).flatMap(m -> m.exercise(exerciseId));
  }

  private boolean complete(ExerciseView exercise, long personId, String step, String exerciseId) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", personId)
        .setParameter("step", step)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst()
        .map(a -> AnswerRules.missing(exercise, a.content()).isEmpty())
        .orElse(false);
  }
}
