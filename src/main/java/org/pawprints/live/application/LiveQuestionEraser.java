package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The live questions' part of erasing a person: the words of their questions are erased and the
 * questions hidden (the rows stay, as answers' rows do); their upvotes carry no words and stay.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveQuestionEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNativeQuery(
            "UPDATE live_question SET content = '-', state = 'HIDDEN' WHERE person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
