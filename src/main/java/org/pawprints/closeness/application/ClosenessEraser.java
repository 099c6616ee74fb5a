package org.pawprints.closeness.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/** The closeness check-ins' part of erasing a person: their ratings, notes and sharing choice. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClosenessEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    delete("DELETE FROM closeness_check_in WHERE person_id = ?1", personId);
    delete("DELETE FROM closeness_sharing WHERE person_id = ?1", personId);
  }

  private void delete(String sql, long personId) {
    em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
  }
}
