package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pawprints.care.nudge.domain.Nudge;
import org.pawprints.care.nudge.domain.NudgeEmailChoice;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * Nudges' part of "download my data": each nudge (reason, when, followed up, closed), my choice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyNudgeData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    JsonArrayBuilder nudges = Json.createArrayBuilder();
    em.createNamedQuery("Nudge.ofPerson", Nudge.class)
        .setParameter("person", me.getId())
        .getResultList()
        .forEach(
            n ->
                nudges.add(
                    Json.createObjectBuilder()
                        .add("reason", n.getReason().name())
                        .add("nudgedAt", n.getNudgedAt().toString())
                        .add("followedUpAt", text(n.getFollowedUpAt()))
                        .add("closedAt", text(n.getClosedAt()))));
    NudgeEmailChoice choice = em.find(NudgeEmailChoice.class, me.getId());
    export.add("nudges", nudges).add("nudgesByEmail", choice != null && choice.isByEmail());
  }

  private static String text(Instant at) {
    return at == null ? "" : at.toString();
  }
}
