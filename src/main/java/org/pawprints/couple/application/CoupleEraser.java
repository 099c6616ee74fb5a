package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pawprints.identity.application.PersonalDataEraser;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;

/**
 * The couple feature's part of erasing a person: each couple they are in ends, and the partner gets
 * the usual "no longer paired" notice and nothing else; who may see which answer, facilitator
 * shares, reactions to or from them, partner notices and the partner invitations they made go.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CoupleEraser implements PersonalDataEraser {

  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  @Override
  public void erase(long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> couples =
        em.createNativeQuery(
                "SELECT id, CASE WHEN person_a = ?1 THEN person_b ELSE person_a END FROM couple"
                    + " WHERE person_a = ?1 OR person_b = ?1")
            .setParameter(1, personId)
            .getResultList();
    for (Object[] couple : couples) {
      em.createNativeQuery("DELETE FROM couple WHERE id = ?1")
          .setParameter(1, ((Number) couple[0]).longValue())
          .executeUpdate();
      notifications.notify(
          ((Number) couple[1]).longValue(),
          NotificationKind.PARTNER_LEFT,
          personId,
          null,
          PairingRules.HOME);
    }
    delete("DELETE FROM answer_visibility WHERE person_id = ?1", personId);
    delete("DELETE FROM couple_released_before_track WHERE person_id = ?1", personId);
    delete("DELETE FROM couple_track_answer_shared WHERE person_id = ?1", personId);
    delete("DELETE FROM answer_facilitator_share WHERE person_id = ?1", personId);
    delete("DELETE FROM reaction WHERE person_id = ?1 OR to_person_id = ?1", personId);
    delete("DELETE FROM partner_notice WHERE recipient_id = ?1 OR actor_id = ?1", personId);
    delete("DELETE FROM partner_invitation WHERE inviter_id = ?1", personId);
    delete("UPDATE partner_invitation SET accepted_by = NULL WHERE accepted_by = ?1", personId);
    em.createNativeQuery(
            "UPDATE partner_invitation SET email = NULL WHERE LOWER(email) ="
                + " (SELECT email_key FROM person WHERE id = ?1)")
        .setParameter(1, personId)
        .executeUpdate();
  }

  private void delete(String sql, long personId) {
    em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
  }
}
