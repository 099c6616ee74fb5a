package org.pawprints.couple.application;

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
 * The couple feature's part of "download my data": my answers with who may see them, the reactions
 * I gave, my couples and the invitations I made to a partner.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyCoupleData implements MyDataPart {

  @PersistenceContext EntityManager em;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export
        .add("answers", answers(me))
        .add("reactionsGiven", reactionsGiven(me))
        .add("couples", couples(me))
        .add("partnerInvitations", partnerInvitations(me))
        .add("sharedWithFacilitators", facilitatorShares(me));
  }

  /**
   * My own answers only, never a partner's (even a revealed one: it is theirs to export). The
   * visibility chosen for each is the couple feature's own data.
   */
  private JsonArrayBuilder answers(Person me) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT a.step_slug, a.exercise_id, a.content, a.updated_at, v.visibility,"
                + " a.done_content, a.done_at"
                + " FROM answer a LEFT JOIN answer_visibility v ON v.person_id = a.person_id"
                + " AND v.step_slug = a.step_slug AND v.exercise_id = a.exercise_id"
                + " WHERE a.person_id = ?1 ORDER BY a.step_slug, a.exercise_id",
            me.getId())
        .forEach(
            r -> {
              JsonObjectBuilder answer =
                  Json.createObjectBuilder()
                      .add("step", String.valueOf(r[0]))
                      .add("exercise", String.valueOf(r[1]))
                      .add("answer", MyDataPart.storedJson(String.valueOf(r[2])))
                      .add("savedAt", String.valueOf(r[3]));
              answer.add("visibility", r[4] == null ? "DEFAULT" : String.valueOf(r[4]));
              // The version marked done is what others may have seen; the answer above is my draft.
              if (r[5] != null) {
                answer
                    .add("doneAnswer", MyDataPart.storedJson(String.valueOf(r[5])))
                    .add("doneAt", String.valueOf(r[6]));
              }
              answers.add(answer);
            });
    return answers;
  }

  /** The reactions I sent to my partner's answers (the reactions I received are theirs). */
  private JsonArrayBuilder reactionsGiven(Person me) {
    JsonArrayBuilder reactions = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT step_slug, exercise_id, kind, updated_at FROM reaction WHERE person_id = ?1"
                + " ORDER BY step_slug, exercise_id",
            me.getId())
        .forEach(
            r ->
                reactions.add(
                    Json.createObjectBuilder()
                        .add("step", String.valueOf(r[0]))
                        .add("exercise", String.valueOf(r[1]))
                        .add("reaction", String.valueOf(r[2]))
                        .add("at", String.valueOf(r[3]))));
    return reactions;
  }

  /** The answers I shared with my cohort's facilitators, and since when. */
  private JsonArrayBuilder facilitatorShares(Person me) {
    JsonArrayBuilder shares = Json.createArrayBuilder();
    MyDataPart.rows(
            em,
            "SELECT step_slug, exercise_id, shared_at FROM answer_facilitator_share"
                + " WHERE person_id = ?1 ORDER BY shared_at, step_slug, exercise_id",
            me.getId())
        .forEach(
            r ->
                shares.add(
                    Json.createObjectBuilder()
                        .add("step", String.valueOf(r[0]))
                        .add("exercise", String.valueOf(r[1]))
                        .add("sharedAt", String.valueOf(r[2]))));
    return shares;
  }

  /** My couples, one per cohort: the cohort, my partner's name and since when (issue #6). */
  private JsonArrayBuilder couples(Person me) {
    JsonArrayBuilder couples = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "SELECT co.name, p.display_name, c.created_at FROM couple c"
                    + " JOIN cohort co ON co.id = c.cohort_id"
                    + " JOIN person p ON p.id = CASE WHEN c.person_a = ?1 THEN c.person_b"
                    + " ELSE c.person_a END"
                    + " WHERE c.person_a = ?1 OR c.person_b = ?1 ORDER BY c.created_at, c.id")
            .setParameter(1, me.getId())
            .getResultList();
    rows.forEach(
        row ->
            couples.add(
                Json.createObjectBuilder()
                    .add("cohort", String.valueOf(row[0]))
                    .add("partner", String.valueOf(row[1]))
                    .add("since", String.valueOf(row[2]))));
    return couples;
  }

  /**
   * The invitations I made to a partner: when, and how they ended. Never the invitee's address (it
   * is another person's), nor the code or a link, which are secrets (and would still work while
   * open).
   */
  private JsonArrayBuilder partnerInvitations(Person me) {
    JsonArrayBuilder invitations = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "SELECT co.name, NULL, CASE WHEN i.state = 'OPEN' AND i.expires_at <="
                    + " CURRENT_TIMESTAMP THEN 'EXPIRED' ELSE i.state END, i.created_at,"
                    + " i.expires_at FROM"
                    + " partner_invitation i JOIN cohort co ON co.id = i.cohort_id"
                    + " WHERE i.inviter_id = ?1 ORDER BY i.created_at, i.id")
            .setParameter(1, me.getId())
            .getResultList();
    rows.forEach(
        row -> {
          JsonObjectBuilder invitation =
              Json.createObjectBuilder()
                  .add("cohort", String.valueOf(row[0]))
                  .add("state", String.valueOf(row[2]))
                  .add("createdAt", String.valueOf(row[3]))
                  .add("expiresAt", String.valueOf(row[4]));
          invitations.add(invitation);
        });
    return invitations;
  }
}
