package org.pawprints.outcomes.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores questionnaire versions, answers and follow-up links. Callers pass ids they have checked;
 * the services decide who may do what.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutcomeRepository {

  @PersistenceContext EntityManager em;

  /** The version given from now on: the newest. V185 ships the first one. */
  public ItemSet current() {
    return em.createNamedQuery("ItemSet.newestFirst", ItemSet.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("V185 ships the first version"));
  }

  public Optional<ItemSet> itemSet(long id) {
    return Optional.ofNullable(em.find(ItemSet.class, id));
  }

  public List<ItemSet> versions() {
    return em.createNamedQuery("ItemSet.newestFirst", ItemSet.class).getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public ItemSet add(ItemSet set) {
    em.persist(set);
    em.flush();
    return set;
  }

  public Optional<Response> response(long personId, long cohortId, Wave wave) {
    return em.createNamedQuery("Response.of", Response.class)
        .setParameter("person", personId)
        .setParameter("cohort", cohortId)
        .setParameter("wave", wave)
        .getResultStream()
        .findFirst();
  }

  public List<Response> responsesOfCohort(long cohortId) {
    return em.createNamedQuery("Response.ofCohort", Response.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  public List<Response> responsesOf(long personId) {
    return em.createNamedQuery("Response.ofPerson", Response.class)
        .setParameter("person", personId)
        .getResultList();
  }

  /** Saves answers; a second one for the same wave fails on the unique key. */
  @Transactional(Transactional.TxType.REQUIRED)
  public Response add(Response response) {
    em.persist(response);
    em.flush();
    return response;
  }

  /** The link with this secret's hash, locked so that two uses at once find it used. */
  public Optional<FollowUpLink> linkByHash(String hash, boolean lock) {
    return em.createNamedQuery("FollowUpLink.byHash", FollowUpLink.class)
        .setParameter("hash", hash)
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }

  /** Who was already mailed this cohort's follow-up link. */
  public Set<Long> linkSentTo(long cohortId) {
    return new HashSet<>(
        em.createNamedQuery("FollowUpLink.sentTo", Long.class)
            .setParameter("cohort", cohortId)
            .getResultList());
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public void add(FollowUpLink link) {
    em.persist(link);
    em.flush();
  }
}
