package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The live feature's part of erasing a person: their open-question words are erased (the row stays,
 * hidden, so that a past activity's count does not drop); their choices and numbers carry no words
 * and stay, attached to the anonymised person, as their presence does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNativeQuery(
            "UPDATE live_answer SET content = '-', moderation = 'HIDDEN' WHERE person_id = ?1"
                + " AND activity_id IN (SELECT id FROM live_activity WHERE kind = 'OPEN_QUESTION')")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
