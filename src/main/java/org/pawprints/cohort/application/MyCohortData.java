package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * The cohort feature's part of "download my data": the cohorts I belong to, and the cohort
 * invitations that were sent to me (when, and how each ended). Never who sent them, nor a link.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyCohortData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export.add("cohorts", memberships(me)).add("cohortInvitations", invitations(me));
  }

  private JsonArrayBuilder memberships(Person me) {
    JsonArrayBuilder cohorts = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.name, m.joined_at, c.starts_on, c.ends_on FROM cohort_member m"
                    + " JOIN cohort c ON c.id = m.cohort_id WHERE m.person_id = ?1"
                    + " ORDER BY m.joined_at, c.id")
            .setParameter(1, me.getId())
            .getResultList();
    rows.forEach(
        r -> {
          JsonObjectBuilder cohort =
              Json.createObjectBuilder()
                  .add("cohort", String.valueOf(r[0]))
                  .add("joinedAt", String.valueOf(r[1]));
          if (r[2] != null) {
            cohort.add("startsOn", String.valueOf(r[2]));
          }
          if (r[3] != null) {
            cohort.add("endsOn", String.valueOf(r[3]));
          }
          cohorts.add(cohort);
        });
    return cohorts;
  }

  private JsonArrayBuilder invitations(Person me) {
    JsonArrayBuilder invitations = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT c.name, i.state, i.sent_at, i.accepted_at FROM invitation i"
                    + " JOIN cohort c ON c.id = i.cohort_id"
                    + " WHERE i.person_id = ?1 OR i.email_key = ?2 ORDER BY i.sent_at, i.id")
            .setParameter(1, me.getId())
            .setParameter(2, me.getEmail().toLowerCase(java.util.Locale.ROOT))
            .getResultList();
    rows.forEach(
        r -> {
          JsonObjectBuilder invitation =
              Json.createObjectBuilder()
                  .add("cohort", String.valueOf(r[0]))
                  .add("state", String.valueOf(r[1]))
                  .add("sentAt", String.valueOf(r[2]));
          if (r[3] != null) {
            invitation.add("acceptedAt", String.valueOf(r[3]));
          }
          invitations.add(invitation);
        });
    return invitations;
  }
}
