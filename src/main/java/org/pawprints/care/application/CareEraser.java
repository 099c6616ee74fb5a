package org.pawprints.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.identity.application.PersonalDataEraser;

/**
 * Care's part of erasing a person: their safety check, follow-up items about them (with the
 * facilitators' notes), their name on items they marked done (which stay for the person they were
 * about), and their stretches on the individual track.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CareEraser implements PersonalDataEraser {

  @Inject IndividualTrack track;
  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    run("DELETE FROM care_follow_up WHERE person_id = ?1", personId);
    run("UPDATE care_follow_up SET done_by = NULL WHERE done_by = ?1", personId);
    run("DELETE FROM care_safety_check WHERE person_id = ?1", personId);
    run("DELETE FROM care_safety_offer WHERE person_id = ?1", personId);
    track.forget(personId);
  }

  private void run(String sql, long personId) {
    em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
  }
}
