package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * The cohort feature's part of erasing a person: the cohort invitations to their address lose the
 * address and name. Memberships stay (attached to the anonymised person) so that a cohort's counts
 * do not drop.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CohortEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNativeQuery(
            "UPDATE invitation SET email = 'erased@erased.invalid',"
                + " email_key = 'erased@erased.invalid', display_name = NULL"
                + " WHERE person_id = ?1 OR email_key = (SELECT email_key FROM person WHERE id = ?1)")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
