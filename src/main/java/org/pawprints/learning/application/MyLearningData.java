package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * Learning's part of "download my data": the earlier versions of my answers (the current ones are
 * in the couple feature's part, with who may see them), my quiz attempts with what I picked, and my
 * progress through each module.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyLearningData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export
        .add("answerRevisions", revisions(me.getId()))
        .add("quizAttempts", quizAttempts(me.getId()))
        .add("moduleProgress", progress(me.getId()));
  }

  private JsonArrayBuilder revisions(long me) {
    JsonArrayBuilder revisions = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT a.step_slug, a.exercise_id, r.content, r.saved_at FROM answer_revision r"
                + " JOIN answer a ON a.id = r.answer_id WHERE a.person_id = ?1"
                + " ORDER BY a.step_slug, a.exercise_id, r.saved_at, r.id",
            me)
        .forEach(
            r ->
                revisions.add(
                    Json.createObjectBuilder()
                        .add("step", String.valueOf(r[0]))
                        .add("exercise", String.valueOf(r[1]))
                        .add("answer", MyDataPart.storedJson(String.valueOf(r[2])))
                        .add("savedAt", String.valueOf(r[3]))));
    return revisions;
  }

  private JsonArrayBuilder quizAttempts(long me) {
    JsonArrayBuilder attempts = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT id, step_slug, started_at, finished_at, question_count, correct_count, passed"
                + " FROM quiz_attempt WHERE person_id = ?1 ORDER BY started_at, id",
            me)
        .forEach(
            r -> {
              JsonObjectBuilder attempt =
                  Json.createObjectBuilder()
                      .add("step", String.valueOf(r[1]))
                      .add("startedAt", String.valueOf(r[2]))
                      .add("questions", ((Number) r[4]).intValue());
              if (r[3] != null) {
                attempt.add("finishedAt", String.valueOf(r[3]));
              }
              if (r[5] != null) {
                attempt.add("correct", ((Number) r[5]).intValue());
              }
              if (r[6] != null) {
                attempt.add("passed", Boolean.TRUE.equals(r[6]));
              }
              attempt.add("responses", responses(((Number) r[0]).longValue()));
              attempts.add(attempt);
            });
    return attempts;
  }

  private JsonArrayBuilder responses(long attemptId) {
    JsonArrayBuilder responses = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT question_id, picked, correct, answered_at FROM quiz_response"
                + " WHERE attempt_id = ?1 ORDER BY answered_at, id",
            attemptId)
        .forEach(
            r ->
                responses.add(
                    Json.createObjectBuilder()
                        .add("question", String.valueOf(r[0]))
                        .add("picked", String.valueOf(r[1]))
                        .add("correct", Boolean.TRUE.equals(r[2]))
                        .add("at", String.valueOf(r[3]))));
    return responses;
  }

  private JsonArrayBuilder progress(long me) {
    JsonArrayBuilder progress = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT step_slug, last_location, started_at, visited_at, completed_at"
                + " FROM module_progress WHERE person_id = ?1 ORDER BY started_at, step_slug",
            me)
        .forEach(
            r -> {
              JsonObjectBuilder step =
                  Json.createObjectBuilder()
                      .add("step", String.valueOf(r[0]))
                      .add("lastPlace", String.valueOf(r[1]))
                      .add("startedAt", String.valueOf(r[2]))
                      .add("lastVisitAt", String.valueOf(r[3]));
              if (r[4] != null) {
                step.add("completedAt", String.valueOf(r[4]));
              }
              progress.add(step);
            });
    return progress;
  }
}
