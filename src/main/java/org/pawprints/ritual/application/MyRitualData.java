package org.pawprints.ritual.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;
import org.pawprints.ritual.domain.RitualTick;

/** The rituals tracker's part of "download my data". */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyRitualData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export.add("ritualTicks", ritualTicks(me));
  }

  /** My own ticks in the rituals tracker (never my partner's). */
  private JsonArrayBuilder ritualTicks(Person me) {
    JsonArrayBuilder ticks = Json.createArrayBuilder();
    em.createNamedQuery("RitualTick.of", RitualTick.class)
        .setParameter("person", me.getId())
        .getResultList()
        .forEach(
            t ->
                ticks.add(
                    Json.createObjectBuilder()
                        .add("ritual", t.getRitualKey())
                        .add("on", t.getDoneOn().toString())
                        .add("tickedAt", t.getCreatedAt().toString())));
    return ticks;
  }
}
