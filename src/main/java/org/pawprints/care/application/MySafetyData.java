package org.pawprints.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.care.domain.FollowUp;
import org.pawprints.care.domain.SafetyCheck;
import org.pawprints.couple.domain.SoloPeriod;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * Care's part of "download my data", for its owner only: my latest safety check with my answers, my
 * stretches on the individual track, and the follow-up items about me (reason and dates; the
 * facilitators' working notes stay with them). A partner's export never holds any of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MySafetyData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    SafetyCheck check = em.find(SafetyCheck.class, me.getId());
    if (check != null) {
      JsonObjectBuilder answers = Json.createObjectBuilder();
      check.answers().forEach((question, option) -> answers.add(question.name(), option));
      export.add(
          "safetyCheck",
          Json.createObjectBuilder()
              .add("answers", answers)
              .add("askedForPrivateCheckIn", check.isAskCheckIn())
              .add("answeredAt", check.getAnsweredAt().toString()));
    }
    export.add("individualTrack", stretches(me)).add("followUpsAboutMe", followUps(me));
  }

  private JsonArrayBuilder stretches(Person me) {
    JsonArrayBuilder stretches = Json.createArrayBuilder();
    em.createNamedQuery("SoloPeriod.of", SoloPeriod.class)
        .setParameter("person", me.getId())
        .getResultList()
        .forEach(
            s -> {
              JsonObjectBuilder one =
                  Json.createObjectBuilder().add("from", s.getStartedAt().toString());
              if (s.getEndedAt() != null) {
                one.add("until", s.getEndedAt().toString());
              }
              stretches.add(one);
            });
    return stretches;
  }

  private JsonArrayBuilder followUps(Person me) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    em.createNamedQuery("FollowUp.aboutPerson", FollowUp.class)
        .setParameter("person", me.getId())
        .getResultList()
        .forEach(
            f -> {
              JsonObjectBuilder one =
                  Json.createObjectBuilder()
                      .add("reason", f.getReason().name())
                      .add("openedAt", f.getOpenedAt().toString());
              if (f.getDoneAt() != null) {
                one.add("doneAt", f.getDoneAt().toString());
              }
              items.add(one);
            });
    return items;
  }
}
