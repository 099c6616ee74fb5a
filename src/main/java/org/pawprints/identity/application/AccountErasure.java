package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.refusal.Refusal;

/**
 * Erasing a person (issue 10, rule 10): by themselves from the profile page, by an admin on their
 * request, or by the retention job. Every feature erases its own part through a {@link
 * PersonalDataEraser}; identity then takes the name, address, password, roles, one-time links and
 * mail, and removes the person's address and IPs from the audit log. The person's row stays,
 * anonymised, so that counts keep counting. The audit records the erasure by id, never words.
 */
@ApplicationScoped
@Transactional
public class AccountErasure {

  /** Why an erasure happened, as the audit's detail (a fixed word, never the person's). */
  public enum Reason {
    OWN_REQUEST,
    ADMIN_ON_REQUEST,
    RETENTION
  }

  @Inject AccessPolicy access;
  @Inject AuditLog audit;
  @Inject @Any Instance<PersonalDataEraser> erasers;

  @PersistenceContext EntityManager em;

  /**
   * I erase my own account. Staff accounts are closed by another administrator (an admin who erased
   * themselves could leave nobody able to run the app).
   */
  public void eraseMine() {
    long me = access.requireSignedIn();
    Person person = lockedLiving(me);
    if (person.hasRole(Role.ADMIN) || person.hasRole(Role.FACILITATOR)) {
      throw new Refusal("erase.staffAskAdmin");
    }
    erase(person);
    audit.record(
        AuditEventType.ACCOUNT_ERASED,
        anonymous(me),
        anonymous(me),
        null,
        reason(Reason.OWN_REQUEST));
  }

  /** An administrator erases someone at their request; the role is checked against the database. */
  public void eraseOnRequest(long personId, String clientAddress) {
    long admin = access.requireRole(Role.ADMIN).personId();
    Person acting = em.find(Person.class, admin);
    if (acting == null || !acting.isActive() || !acting.hasRole(Role.ADMIN)) {
      throw new AccessDeniedException("no longer an administrator");
    }
    if (personId == admin) {
      throw new Refusal("erase.notYourself");
    }
    erase(lockedLiving(personId));
    audit.record(
        AuditEventType.ACCOUNT_ERASED,
        Accounts.actor(acting),
        anonymous(personId),
        clientAddress,
        reason(Reason.ADMIN_ON_REQUEST));
  }

  /**
   * The retention job's erasure (nobody signed in). Only {@code cohort}'s retention calls it, for
   * people it found past the retention window.
   */
  public void eraseForRetention(long personId) {
    Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
    if (person == null || person.isErased()) {
      return;
    }
    erase(person);
    audit.record(
        AuditEventType.ACCOUNT_ERASED, null, anonymous(personId), null, reason(Reason.RETENTION));
  }

  private Person lockedLiving(long personId) {
    Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
    if (person == null || person.isErased()) {
      throw new Refusal("person.unknown");
    }
    return person;
  }

  private void erase(Person person) {
    long id = person.getId();
    String email = person.getEmail().toLowerCase(Locale.ROOT);
    erasers.forEach(eraser -> eraser.erase(id));
    em.flush();
    em.createQuery("DELETE FROM OneTimeToken t WHERE t.personId = :p")
        .setParameter("p", id)
        .executeUpdate();
    em.createQuery("DELETE FROM MailMessage m WHERE LOWER(m.recipient) = :email")
        .setParameter("email", email)
        .executeUpdate();
    em.createQuery(
            "UPDATE AuditEvent e SET e.actorEmail = NULL, e.clientAddress = NULL"
                + " WHERE e.actorId = :p")
        .setParameter("p", id)
        .executeUpdate();
    em.createQuery("UPDATE AuditEvent e SET e.targetEmail = NULL WHERE e.targetId = :p")
        .setParameter("p", id)
        .executeUpdate();
    person.erase(Instant.now());
    em.flush();
  }

  private static Actor anonymous(long personId) {
    return new Actor(personId, null);
  }

  private static String reason(Reason reason) {
    return reason.name();
  }
}
