package org.pawprints.closeness.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.closeness.domain.CheckIn;
import org.pawprints.closeness.domain.ClosenessSharing;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/** The closeness check-ins' part of "download my data": my check-ins, with my notes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyClosenessData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export
        .add("closenessCheckIns", closenessCheckIns(me))
        .add("closenessSharedWithPartner", closenessShared(me));
  }

  /** My weekly closeness check-ins, with my notes. */
  private JsonArrayBuilder closenessCheckIns(Person me) {
    JsonArrayBuilder checkIns = Json.createArrayBuilder();
    em.createNamedQuery("CheckIn.of", CheckIn.class)
        .setParameter("person", me.getId())
        .getResultList()
        .forEach(
            c ->
                checkIns.add(
                    Json.createObjectBuilder()
                        .add("weekOf", c.getWeekStart().toString())
                        .add("rating", c.getRating())
                        .add("note", c.getNote())
                        .add("updatedAt", c.getUpdatedAt().toString())));
    return checkIns;
  }

  private boolean closenessShared(Person me) {
    ClosenessSharing sharing = em.find(ClosenessSharing.class, me.getId());
    return sharing != null && sharing.isShared();
  }
}
