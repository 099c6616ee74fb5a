package org.pawprints.cohort.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores cohorts and their invitations. */
@ApplicationScoped
public class CohortRepository {

  @PersistenceContext EntityManager em;

  public Optional<Cohort> find(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id));
  }

  /** The cohort, locked until the transaction ends: capacity checks cannot race. */
  public Optional<Cohort> findLocked(long id) {
    return Optional.ofNullable(em.find(Cohort.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public List<Cohort> list(boolean archivedToo) {
    return em.createNamedQuery("Cohort.list", Cohort.class)
        .setParameter("archived", archivedStates(archivedToo))
        .getResultList();
  }

  public List<Cohort> facilitatedBy(long personId, boolean archivedToo) {
    return em.createNamedQuery("Cohort.listFacilitatedBy", Cohort.class)
        .setParameter("person", personId)
        .setParameter("archived", archivedStates(archivedToo))
        .getResultList();
  }

  public List<Cohort> withMember(long personId) {
    return em.createNamedQuery("Cohort.listWithMember", Cohort.class)
        .setParameter("person", personId)
        .getResultList();
  }

  /** Boolean literals are spelled differently per database: the filter binds them instead. */
  private static List<Boolean> archivedStates(boolean archivedToo) {
    return archivedToo ? List.of(false, true) : List.of(false);
  }

  public Optional<Cohort> findByJoinCode(String code) {
    return em.createNamedQuery("Cohort.findByJoinCode", Cohort.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Cohort add(Cohort cohort) {
    em.persist(cohort);
    em.flush();
    return cohort;
  }

  public Optional<Invitation> invitation(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  public Optional<Invitation> invitationByHash(String hash, boolean lock) {
    return em.createNamedQuery("Invitation.findByHash", Invitation.class)
        .setParameter("hash", hash)
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }

  public List<Invitation> invitations(long cohortId) {
    return em.createNamedQuery("Invitation.ofCohort", Invitation.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  public List<Invitation> invitations(long cohortId, String emailKey) {
    return em.createNamedQuery("Invitation.ofCohortAndEmail", Invitation.class)
        .setParameter("cohort", cohortId)
        .setParameter("key", emailKey)
        .getResultList();
  }

  public Invitation add(Invitation invitation) {
    em.persist(invitation);
    em.flush();
    return invitation;
  }

  /** The ids of the cohort's members (participants who joined it). */
  public List<Long> memberIds(long cohortId) {
    return em.createNamedQuery("Cohort.memberIds", Long.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  /**
   * Whether the person is one of the cohort's members, asked of the database with one indexed query
   * instead of loading every membership of the cohort (a live session asks it on every phone's
   * refresh; a thousand members made that a thousand rows each time).
   */
  public boolean isMember(long cohortId, long personId) {
    return !em.createNamedQuery("Cohort.hasMember", Long.class)
        .setParameter("cohort", cohortId)
        .setParameter("person", personId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether the facilitator is listed on the cohort and the member still belongs to it. */
  public boolean facilitatesMember(long cohortId, long facilitatorId, long memberId) {
    return !em.createNamedQuery("Cohort.facilitatesMember", Long.class)
        .setParameter("cohort", cohortId)
        .setParameter("facilitator", facilitatorId)
        .setParameter("member", memberId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
