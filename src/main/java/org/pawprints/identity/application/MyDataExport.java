package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.pawprints.closeness.domain.CheckIn;
import org.pawprints.closeness.domain.ClosenessSharing;
import org.pawprints.gesture.application.GesturesExport;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.application.DigestPreferences;
import org.pawprints.notification.application.Notifications;
import org.pawprints.platform.audit.AuditEvent;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.mail.MailMessage;
import org.pawprints.ritual.domain.RitualTick;

/**
 * "Download my data": everything Pawprints holds about the signed-in person, as JSON. Later
 * features add their parts here (answers, check-ins, couple), always for the caller only.
 */
@ApplicationScoped
@Transactional
public class MyDataExport {

  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Notifications notifications;
  @Inject DigestPreferences digest;
  @Inject GesturesExport gestures;

  @PersistenceContext EntityManager em;

  public JsonObject export(String clientAddress) {
    Person me = accounts.me();
    JsonObjectBuilder account =
        Json.createObjectBuilder()
            .add("email", me.getEmail())
            .add("displayName", me.getDisplayName())
            .add("language", me.getLanguage().code())
            .add("active", me.isActive())
            .add("createdAt", me.getCreatedAt().toString());
    if (me.getLastLoginAt() != null) {
      account.add("lastSignInAt", me.getLastLoginAt().toString());
    }
    JsonArrayBuilder roles = Json.createArrayBuilder();
    me.getRoles().forEach(role -> roles.add(role.name()));
    account.add("roles", roles);

    audit.record(
        AuditEventType.DATA_EXPORTED, Accounts.actor(me), Accounts.actor(me), clientAddress, null);
    return Json.createObjectBuilder()
        .add("exportedAt", Instant.now().toString())
        .add("account", account)
        .add("securityEvents", securityEvents(me))
        .add("mailSentToMe", mail(me))
        .add("answers", answers(me))
        .add("reactionsGiven", reactionsGiven(me))
        .add("couples", couples(me))
        .add("partnerInvitations", partnerInvitations(me))
        .add("notifications", notifications())
        .add("weeklyDigest", digest.weeklyDigestOn())
        // Bids, repairs, appreciation notes sent and received (received notes are mine to keep).
        .add("gestures", gestures.mine())
        .add("ritualTicks", ritualTicks(me))
        .add("closenessCheckIns", closenessCheckIns(me))
        .add("closenessSharedWithPartner", closenessShared(me))
        .build();
  }

  private JsonArrayBuilder securityEvents(Person me) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    em.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.actorId = :me OR e.targetId = :me ORDER BY e.id",
            AuditEvent.class)
        .setParameter("me", me.getId())
        .getResultList()
        .forEach(
            e ->
                events.add(
                    Json.createObjectBuilder()
                        .add("at", e.getOccurredAt().toString())
                        .add("event", e.getType().name())
                        .add("from", e.getClientAddress() == null ? "" : e.getClientAddress())));
    return events;
  }

  /**
   * My own answers only, never a partner's (even a revealed one: it is theirs to export). Read by
   * SQL so that identity does not depend on the learning feature.
   */
  private JsonArrayBuilder answers(Person me) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    rows(
            "SELECT a.step_slug, a.exercise_id, a.content, a.updated_at, v.visibility"
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
                      .add("answer", json(String.valueOf(r[2])))
                      .add("savedAt", String.valueOf(r[3]));
              answer.add("visibility", r[4] == null ? "DEFAULT" : String.valueOf(r[4]));
              answers.add(answer);
            });
    return answers;
  }

  /** The reactions I sent to my partner's answers (the reactions I received are theirs). */
  private JsonArrayBuilder reactionsGiven(Person me) {
    JsonArrayBuilder reactions = Json.createArrayBuilder();
    rows(
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

  private List<Object[]> rows(String sql, long personId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, personId).getResultList();
    return rows;
  }

  private static JsonValue json(String stored) {
    try (JsonReader reader = Json.createReader(new StringReader(stored))) {
      return reader.readValue();
    }
  }

  /** The bell's notifications: what happened, who caused it, where it pointed, when I saw it. */
  private JsonArrayBuilder notifications() {
    JsonArrayBuilder all = Json.createArrayBuilder();
    notifications
        .allMine()
        .forEach(
            n -> {
              JsonObjectBuilder one =
                  Json.createObjectBuilder()
                      .add("at", n.getCreatedAt().toString())
                      .add("kind", n.getKind().name());
              if (n.getActorId() != null) {
                one.add("byPerson", n.getActorId());
              }
              if (n.getDetail() != null) {
                one.add("detail", n.getDetail());
              }
              if (n.getLink() != null) {
                one.add("link", n.getLink());
              }
              if (n.getReadAt() != null) {
                one.add("readAt", n.getReadAt().toString());
              }
              all.add(one);
            });
    return all;
  }

  private JsonArrayBuilder mail(Person me) {
    JsonArrayBuilder mail = Json.createArrayBuilder();
    em.createQuery(
            "SELECT m FROM MailMessage m WHERE LOWER(m.recipient) = :email ORDER BY m.id",
            MailMessage.class)
        .setParameter("email", me.getEmail().toLowerCase(java.util.Locale.ROOT))
        .getResultList()
        .forEach(
            m ->
                mail.add(
                    Json.createObjectBuilder()
                        .add("at", m.getCreatedAt().toString())
                        .add("subject", m.getSubject())
                        .add("status", m.getStatus().name())));
    return mail;
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
   * The invitations I made to a partner: when, to which address, how they ended. Never the code or
   * a link, which are secrets (and would still work while open).
   */
  private JsonArrayBuilder partnerInvitations(Person me) {
    JsonArrayBuilder invitations = Json.createArrayBuilder();
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "SELECT co.name, i.email, CASE WHEN i.state = 'OPEN' AND i.expires_at <="
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
          if (row[1] != null) {
            invitation.add("email", String.valueOf(row[1]));
          }
          invitations.add(invitation);
        });
    return invitations;
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
