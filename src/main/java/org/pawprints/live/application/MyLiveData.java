package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/** The live sessions' part of "download my data": the sessions I was in and my own answers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyLiveData implements MyDataPart {

  @Inject MyLiveAnswers answers;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    for (MyLiveSession session : answers.of(me.getId())) {
      JsonObjectBuilder one =
          Json.createObjectBuilder()
              .add("title", session.title())
              .add("startsAt", session.startsAtInstant().toString());
      if (session.joinedAt() != null) {
        one.add("joinedAt", session.joinedAt().toString());
      }
      JsonArrayBuilder mine = Json.createArrayBuilder();
      session
          .answers()
          .forEach(
              a ->
                  mine.add(
                      Json.createObjectBuilder()
                          .add("activity", a.activity())
                          .add("kind", a.kindName())
                          .add("answer", a.answer())
                          .add("answeredAt", a.answeredAt().toString())));
      sessions.add(one.add("myAnswers", mine));
    }
    export.add("liveSessions", sessions);
  }
}
