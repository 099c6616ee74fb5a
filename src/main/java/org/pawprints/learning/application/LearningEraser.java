package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.identity.application.PersonalDataEraser;
import org.pawprints.learning.domain.Answer;
import org.pawprints.platform.i18n.Language;

/**
 * Learning's part of erasing a person: every answer's words and every earlier version go. The
 * answer rows stay with no words (only whether each was complete), what was picked in quizzes and
 * where the person stopped go, and progress and quiz attempts stay attached to the anonymised
 * person, so that a facilitator's counts do not drop.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LearningEraser implements PersonalDataEraser {

  @Inject ModuleCatalog catalog;
  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNativeQuery(
            "DELETE FROM answer_revision WHERE answer_id IN"
                + " (SELECT id FROM answer WHERE person_id = ?1)")
        .setParameter(1, personId)
        .executeUpdate();
    em.createQuery("SELECT a FROM Answer a WHERE a.personId = :p", Answer.class)
        .setParameter("p", personId)
        .getResultList()
        .forEach(answer -> answer.eraseWords(wasComplete(answer)));
    // What was picked in a quiz is the person's; whether the attempt passed is the count.
    em.createNativeQuery(
            "DELETE FROM quiz_response WHERE attempt_id IN"
                + " (SELECT id FROM quiz_attempt WHERE person_id = ?1)")
        .setParameter(1, personId)
        .executeUpdate();
    em.createNativeQuery("UPDATE module_progress SET last_location = '' WHERE person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }

  /** Counted as answered: a complete version was marked done (issue 10, rule 7). */
  private boolean wasComplete(Answer answer) {
    return catalog
        .module(answer.getStepSlug(), Language.EN)
        .flatMap(module -> module.exercise(answer.getExerciseId()))
        .map(
            exercise ->
                answer
                    .done()
                    .filter(done -> AnswerRules.missing(exercise, done).isEmpty())
                    .isPresent())
        .orElse(false);
  }
}
