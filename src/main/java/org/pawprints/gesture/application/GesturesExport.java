package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pawprints.gesture.domain.AppreciationNote;
import org.pawprints.gesture.domain.Bid;
import org.pawprints.gesture.domain.PracticeMoment;
import org.pawprints.gesture.domain.RepairAttempt;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * The signed-in person's gestures for "download my data": their bids and repairs, the notes they
 * sent, and the notes they received (theirs to keep). Never anyone else's entries.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GesturesExport implements MyDataPart {

  /** Bids, repairs, notes sent and received (received notes are mine to keep). */
  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export.add("gestures", mine());
  }

  @Inject AccessPolicy access;
  @PersistenceContext EntityManager em;

  public JsonObject mine() {
    long me = access.requireSignedIn();
    JsonArrayBuilder bids = Json.createArrayBuilder();
    em.createNamedQuery("Bid.mine", Bid.class)
        .setParameter("person", me)
        .getResultList()
        .forEach(
            b -> {
              JsonObjectBuilder row =
                  Json.createObjectBuilder()
                      .add("at", b.getLoggedAt().toString())
                      .add("partnerMaySee", b.isPartnerMaySee());
              addIfPresent(row, "note", b.getNote());
              bids.add(row);
            });
    JsonArrayBuilder repairs = Json.createArrayBuilder();
    em.createNamedQuery("RepairAttempt.mine", RepairAttempt.class)
        .setParameter("person", me)
        .getResultList()
        .forEach(
            r -> {
              JsonObjectBuilder row =
                  Json.createObjectBuilder()
                      .add("at", r.getLoggedAt().toString())
                      .add("tried", r.getKind().name())
                      .add("landed", r.getOutcome().name());
              addIfPresent(row, "ownWords", r.getOwnWords());
              repairs.add(row);
            });
    JsonArrayBuilder moments = Json.createArrayBuilder();
    em.createNamedQuery("PracticeMoment.all", PracticeMoment.class)
        .setParameter("person", me)
        .getResultList()
        .forEach(
            m -> {
              JsonObjectBuilder row =
                  Json.createObjectBuilder()
                      .add("at", m.getLoggedAt().toString())
                      .add("practice", m.getKind().slug());
              addIfPresent(row, "note", m.getNote());
              moments.add(row);
            });
    return Json.createObjectBuilder()
        .add("bids", bids)
        .add("practiceMoments", moments)
        .add("repairs", repairs)
        .add("appreciationNotesSent", notes("AppreciationNote.sentBy", me))
        .add("appreciationNotesReceived", notes("AppreciationNote.receivedBy", me))
        .build();
  }

  private JsonArrayBuilder notes(String query, long me) {
    JsonArrayBuilder notes = Json.createArrayBuilder();
    em.createNamedQuery(query, AppreciationNote.class)
        .setParameter("person", me)
        .getResultList()
        .forEach(
            n -> {
              JsonObjectBuilder row =
                  Json.createObjectBuilder()
                      .add("sentAt", n.getSentAt().toString())
                      .add("text", n.getBody());
              Instant acknowledged = n.getAcknowledgedAt();
              if (acknowledged != null) {
                row.add("acknowledgedAt", acknowledged.toString());
              }
              notes.add(row);
            });
    return notes;
  }

  private static void addIfPresent(JsonObjectBuilder row, String name, String value) {
    if (value != null) {
      row.add(name, value);
    }
  }
}
