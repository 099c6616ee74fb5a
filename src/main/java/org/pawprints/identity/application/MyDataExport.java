package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.pawprints.identity.domain.Person;
import org.pawprints.platform.audit.AuditEvent;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.mail.MailMessage;

/**
 * "Download my data": everything Pawprints holds about the signed-in person, as JSON. Identity
 * writes the account, its security events and the mail sent; every other feature adds its own part
 * through a {@link MyDataPart}, always for the caller only.
 */
@ApplicationScoped
@Transactional
public class MyDataExport {

  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject @Any Instance<MyDataPart> parts;

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
    JsonObjectBuilder export =
        Json.createObjectBuilder()
            .add("exportedAt", Instant.now().toString())
            .add("account", account)
            .add("securityEvents", securityEvents(me))
            .add("mailSentToMe", mail(me));
    parts.forEach(part -> part.addTo(export, me));
    return export.build();
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
                        .add("from", myAddress(e, me))));
    return events;
  }

  /**
   * The client address of an event only when I acted from it: an event about me done by someone
   * else (an admin granting a role, a partner leaving) carries their address, which is not mine.
   */
  private static String myAddress(AuditEvent event, Person me) {
    boolean mine = me.getId().equals(event.getActorId());
    return mine && event.getClientAddress() != null ? event.getClientAddress() : "";
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
}
