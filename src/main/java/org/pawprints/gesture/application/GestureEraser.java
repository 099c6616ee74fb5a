package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The gestures' part of erasing a person: their bids, repairs and the notes they wrote. Notes their
 * partner wrote to them are the partner's words and stay with the partner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GestureEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    delete("DELETE FROM bid WHERE person_id = ?1", personId);
    delete("DELETE FROM repair_attempt WHERE person_id = ?1", personId);
    delete("DELETE FROM appreciation_note WHERE sender_id = ?1", personId);
    delete("DELETE FROM practice_moment WHERE person_id = ?1", personId);
  }

  private void delete(String sql, long personId) {
    em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
  }
}
