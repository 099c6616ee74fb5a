package org.pawprints.ritual.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/** The rituals tracker's part of erasing a person: their ticks. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RitualEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    delete("DELETE FROM ritual_tick WHERE person_id = ?1", personId);
  }

  private void delete(String sql, long personId) {
    em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
  }
}
