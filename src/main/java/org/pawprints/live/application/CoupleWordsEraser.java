package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The couple activities' part of erasing a person: their couple-exercise words are erased (the row
 * stays, so a past exercise's counts do not change) and the couple's offers to the room that they
 * took part in are deleted, with their consents. The floor and pauses hold no words.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoupleWordsEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNativeQuery("UPDATE live_exercise_answer SET content = NULL WHERE person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM live_share WHERE proposed_by = ?1 OR partner_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
