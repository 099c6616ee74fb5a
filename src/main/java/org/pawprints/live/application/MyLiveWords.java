package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * The rest of a person's live-session traces for "download my data": the questions I asked (named
 * or anonymous: they are mine either way), what I wrote in couple exercises (my own text only,
 * never my partner's) and my reactions (a kind and a time; they carry no words). Only rows whose
 * person is me are read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyLiveWords implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export.add("liveQuestions", questions(me.getId()));
    export.add("liveCoupleExerciseTexts", coupleTexts(me.getId()));
    export.add("liveReactions", reactions(me.getId()));
  }

  private JsonArrayBuilder questions(long person) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    em.createQuery(
            "SELECT s.title, q.content, q.anonymous, q.state, q.askedAt FROM LiveQuestion q,"
                + " LiveSession s WHERE q.personId = :person AND s.id = q.sessionId"
                + " ORDER BY q.askedAt",
            Object[].class)
        .setParameter("person", person)
        .getResultList()
        .forEach(
            r ->
                list.add(
                    Json.createObjectBuilder()
                        .add("session", (String) r[0])
                        .add("question", (String) r[1])
                        .add("anonymous", (Boolean) r[2])
                        .add("state", r[3].toString())
                        .add("askedAt", r[4].toString())));
    return list;
  }

  private JsonArrayBuilder coupleTexts(long person) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    em.createQuery(
            "SELECT s.title, a.title, e.content, e.done, e.updatedAt FROM LiveExerciseAnswer e,"
                + " LiveActivity a, LiveSession s WHERE e.personId = :person"
                + " AND a.id = e.activityId AND s.id = a.sessionId ORDER BY e.updatedAt",
            Object[].class)
        .setParameter("person", person)
        .getResultList()
        .forEach(
            r -> {
              JsonObjectBuilder one =
                  Json.createObjectBuilder()
                      .add("session", (String) r[0])
                      .add("activity", (String) r[1])
                      .add("done", (Boolean) r[3])
                      .add("updatedAt", ((Instant) r[4]).toString());
              if (r[2] != null) {
                one.add("myText", (String) r[2]);
              }
              list.add(one);
            });
    return list;
  }

  private JsonArrayBuilder reactions(long person) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    em.createQuery(
            "SELECT s.title, r.kind, r.reactedAt FROM LiveReaction r, LiveSession s"
                + " WHERE r.personId = :person AND s.id = r.sessionId ORDER BY r.reactedAt",
            Object[].class)
        .setParameter("person", person)
        .getResultList()
        .forEach(
            r ->
                list.add(
                    Json.createObjectBuilder()
                        .add("session", (String) r[0])
                        .add("kind", r[1].toString())
                        .add("at", r[2].toString())));
    return list;
  }
}
