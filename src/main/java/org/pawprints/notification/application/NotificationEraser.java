package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The notification feature's part of erasing a person: their bell and their digest choice. Notices
 * they caused in a partner's bell stay (that is the partner's), and name nobody once erased.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    delete("DELETE FROM notification WHERE recipient_id = ?1", personId);
    delete("DELETE FROM notification_digest WHERE person_id = ?1", personId);
  }

  private void delete(String sql, long personId) {
    em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
  }
}
