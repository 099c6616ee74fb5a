package org.pawprints.outcomes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.OutcomeRepository;
import org.pawprints.outcomes.domain.Response;

/**
 * The questionnaire's part of "download my data": each of my answers, with the statement it
 * answered (in my language) and the scale it was on. Never a follow-up link's secret (only its hash
 * is kept anyway).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyOutcomesData implements MyDataPart {

  @Inject OutcomeRepository store;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    JsonArrayBuilder responses = Json.createArrayBuilder();
    for (Response response : store.responsesOf(me.getId())) {
      ItemSet set = store.itemSet(response.getItemSetId()).orElseThrow();
      JsonArrayBuilder answers = Json.createArrayBuilder();
      for (int i = 0; i < response.getAnswers().size(); i++) {
        answers.add(
            Json.createObjectBuilder()
                .add("statement", set.getItems().get(i).text(me.getLanguage()))
                .add("answer", response.getAnswers().get(i)));
      }
      responses.add(
          Json.createObjectBuilder()
              .add("cohortId", response.getCohortId())
              .add("wave", response.getWave().name())
              .add("questionnaireVersion", response.getItemSetId())
              .add("scale", "1-" + set.getScalePoints())
              .add("answeredAt", response.getAnsweredAt().toString())
              .add("answers", answers));
    }
    export.add("closenessQuestionnaires", responses);
  }
}
