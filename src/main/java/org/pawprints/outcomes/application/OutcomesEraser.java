package org.pawprints.outcomes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The questionnaire's part of erasing a person: their follow-up links go. Their answers are numbers
 * on a scale, no words, and feed the cohort's outcomes report; like the progress counts ({@link
 * PersonalDataEraser}), they stay attached to the anonymised person, so the figures still add up.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutcomesEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNativeQuery("DELETE FROM outcome_follow_up_link WHERE person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
