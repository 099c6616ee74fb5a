package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortDetails;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.refusal.Refusal;

/**
 * Creating, editing and archiving cohorts and choosing their facilitators (administrators), and
 * listing them (administrators see all, facilitators their own).
 */
@ApplicationScoped
@Transactional
public class Cohorts {

  @Inject CohortRepository cohorts;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  public Cohort create(CohortDetails details, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = cohorts.add(new Cohort(details.checked(), Instant.now()));
    record(AuditEventType.COHORT_CREATED, admin, null, clientAddress, cohort);
    return cohort;
  }

  public void update(long cohortId, CohortDetails details, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = existing(cohortId);
    cohort.describe(details.checked());
    record(AuditEventType.COHORT_UPDATED, admin, null, clientAddress, cohort);
  }

  /** The cohort's smallest group shown together ({@code SmallestGroup}'s bounds). */
  public void useSmallestGroup(long cohortId, int people, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = existing(cohortId);
    if (cohort.getSmallestGroup() != people) {
      cohort.useSmallestGroup(people);
      record(AuditEventType.COHORT_UPDATED, admin, null, clientAddress, cohort);
    }
  }

  public void archive(long cohortId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = existing(cohortId);
    if (!cohort.isArchived()) {
      cohort.archive();
      record(AuditEventType.COHORT_ARCHIVED, admin, null, clientAddress, cohort);
    }
  }

  public void unarchive(long cohortId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = existing(cohortId);
    if (cohort.isArchived()) {
      cohort.unarchive();
      record(AuditEventType.COHORT_UNARCHIVED, admin, null, clientAddress, cohort);
    }
  }

  /** Makes a person a facilitator of the cohort; they must hold the facilitator role. */
  public void addFacilitator(long cohortId, long personId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = existing(cohortId);
    Person person =
        accounts
            .find(personId)
            .filter(p -> p.hasRole(Role.FACILITATOR) && p.isActive())
            .orElseThrow(() -> new Refusal("cohort.notAFacilitator"));
    if (!cohort.getFacilitatorIds().contains(personId)) {
      cohort.addFacilitator(personId);
      record(AuditEventType.FACILITATOR_ASSIGNED, admin, person, clientAddress, cohort);
    }
  }

  public void removeFacilitator(long cohortId, long personId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Cohort cohort = existing(cohortId);
    if (cohort.getFacilitatorIds().contains(personId)) {
      cohort.removeFacilitator(personId);
      record(
          AuditEventType.FACILITATOR_REMOVED,
          admin,
          accounts.find(personId).orElse(null),
          clientAddress,
          cohort);
    }
  }

  /** The cohorts the viewer may open: all for administrators, their own for facilitators. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Cohort> visible(boolean archivedToo) {
    Viewer viewer = access.confirmedViewer();
    if (viewer.has(Role.ADMIN)) {
      return cohorts.list(archivedToo);
    }
    if (viewer.has(Role.FACILITATOR)) {
      return cohorts.facilitatedBy(viewer.personId(), archivedToo);
    }
    return List.of();
  }

  /** One cohort, for an administrator or one of its facilitators. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Cohort get(long cohortId) {
    access.requireFacilitatorOf(cohortId);
    return existing(cohortId);
  }

  Cohort existing(long cohortId) {
    return cohorts.find(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
  }

  private void record(
      AuditEventType type, Viewer by, Person about, String clientAddress, Cohort cohort) {
    audit.record(
        type,
        accounts.actorOf(by.personId()),
        about == null ? null : new Actor(about.getId(), about.getEmail()),
        clientAddress,
        describe(cohort));
  }

  /** How the audit log names a cohort. */
  static String describe(Cohort cohort) {
    return "cohort " + cohort.getId() + ": " + cohort.getName();
  }
}
