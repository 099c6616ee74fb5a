package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.config.PawprintsConfig;
import org.pawprints.platform.mail.MailStatus;

/**
 * What is purged on a schedule (issue 10, rule 10; see docs/privacy/retention.md): client addresses
 * in the audit log after {@code pawprints.retention.audit-address-days}, held mail after {@code
 * held-mail-days}, sent and failed mail after {@code mail-days}, and one-time links once used or
 * expired.
 */
@ApplicationScoped
@Transactional
public class RoutinePurge {

  /** What one purge removed. */
  public record Purged(int auditAddresses, int mail, int tokens) {}

  @Inject AccessPolicy access;
  @Inject AuditLog audit;
  @PersistenceContext EntityManager em;

  /** An administrator runs the purge now (the schedule runs it every night). */
  public Purged runNow(String clientAddress) {
    access.requireRole(Role.ADMIN);
    Purged purged = run(Instant.now());
    audit.record(
        AuditEventType.ROUTINE_PURGE,
        null,
        null,
        clientAddress,
        purged.auditAddresses()
            + " addresses, "
            + purged.mail()
            + " mails, "
            + purged.tokens()
            + " links");
    return purged;
  }

  /** The scheduled purge, as of {@code now} (nobody is signed in). */
  public Purged run(Instant now) {
    PawprintsConfig config = PawprintsConfig.current();
    int addresses =
        em.createQuery(
                "UPDATE AuditEvent e SET e.clientAddress = NULL"
                    + " WHERE e.clientAddress IS NOT NULL AND e.occurredAt < :before")
            .setParameter("before", now.minus(Duration.ofDays(config.auditAddressDays())))
            .executeUpdate();
    int held =
        em.createQuery("DELETE FROM MailMessage m WHERE m.status = :held AND m.createdAt < :before")
            .setParameter("held", MailStatus.HELD)
            .setParameter("before", now.minus(Duration.ofDays(config.heldMailDays())))
            .executeUpdate();
    int mail =
        em.createQuery(
                "DELETE FROM MailMessage m WHERE m.status <> :held AND m.status <> :queued"
                    + " AND m.createdAt < :before")
            .setParameter("held", MailStatus.HELD)
            .setParameter("queued", MailStatus.QUEUED)
            .setParameter("before", now.minus(Duration.ofDays(config.mailDays())))
            .executeUpdate();
    int tokens =
        em.createQuery(
                "DELETE FROM OneTimeToken t WHERE t.usedAt IS NOT NULL OR t.expiresAt < :now")
            .setParameter("now", now)
            .executeUpdate();
    return new Purged(addresses, held + mail, tokens);
  }
}
