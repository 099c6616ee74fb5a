package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.AccountErasure;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.config.PawprintsConfig;

/**
 * Retention (issue 10, rule 10): a participant is anonymised {@code pawprints.retention.months}
 * months after the last of their cohorts ended (a cohort without an end date never ends, and staff
 * are never anonymised by retention). The admin page shows the dry run first; the nightly job and
 * the admin's "anonymise now" erase exactly those people through {@link AccountErasure}.
 */
@ApplicationScoped
@Transactional
public class Retention {

  @Inject AccessPolicy access;
  @Inject AccountErasure erasure;
  @Inject AuditLog audit;
  @PersistenceContext EntityManager em;

  /** How many months the setting keeps a participant after their last cohort ended. */
  public int months() {
    return PawprintsConfig.current().retentionMonths();
  }

  /** The dry run: who would be anonymised today. Administrators only. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RetentionCandidate> dryRun() {
    access.requireRole(Role.ADMIN);
    return dueOn(LocalDate.now());
  }

  /** An administrator anonymises everyone the dry run lists; returns how many. */
  public int anonymiseNow(String clientAddress) {
    access.requireRole(Role.ADMIN);
    int done = anonymiseDue(LocalDate.now());
    audit.record(AuditEventType.RETENTION_RUN, null, null, clientAddress, done + " anonymised");
    return done;
  }

  /** The nightly job (nobody signed in): anonymises those due on {@code today}. */
  public int anonymiseDue(LocalDate today) {
    List<RetentionCandidate> due = dueOn(today);
    due.forEach(candidate -> erasure.eraseForRetention(candidate.getPersonId()));
    return due.size();
  }

  /** Participants (no staff role, not erased) whose every cohort ended before the window. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RetentionCandidate> dueOn(LocalDate today) {
    LocalDate endedBefore = today.minusMonths(months());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.id, p.display_name, MAX(c.ends_on) FROM person p"
                    + " JOIN cohort_member m ON m.person_id = p.id"
                    + " JOIN cohort c ON c.id = m.cohort_id"
                    + " WHERE p.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM person_role r"
                    + " WHERE r.person_id = p.id AND r.role IN ('ADMIN', 'FACILITATOR'))"
                    + " GROUP BY p.id, p.display_name"
                    + " HAVING COUNT(c.ends_on) = COUNT(*) AND MAX(c.ends_on) < ?1"
                    + " ORDER BY MAX(c.ends_on), p.id")
            .setParameter(1, Date.valueOf(endedBefore))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RetentionCandidate(
                    ((Number) r[0]).longValue(), String.valueOf(r[1]), toDate(r[2])))
        .toList();
  }

  private static LocalDate toDate(Object value) {
    return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
  }
}
