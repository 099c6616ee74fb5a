package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.PersonalDataEraser;

/** Nudges' part of erasing a person: the nudges sent to them and their email choice. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NudgeEraser implements PersonalDataEraser {

  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    em.createNamedQuery("Nudge.eraseOf").setParameter("person", personId).executeUpdate();
    em.createNativeQuery("DELETE FROM care_nudge_email WHERE person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
