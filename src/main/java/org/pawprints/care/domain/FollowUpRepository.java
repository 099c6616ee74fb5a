package org.pawprints.care.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Stores follow-up items. Opening is its own transaction, so that two callers opening the same item
 * at once (a nudge job and a safety check) fail alone on the unique key and the caller can simply
 * look again. Callers pass ids they have checked.
 */
@ApplicationScoped
@Transactional
public class FollowUpRepository {

  @PersistenceContext EntityManager em;

  /** The open item with this key, or a new one; never a second open one. */
  public FollowUp openOnce(FollowUp candidate) {
    Optional<FollowUp> open =
        em.createNamedQuery("FollowUp.openWithKey", FollowUp.class)
            .setParameter("cohort", candidate.getCohortId())
            .setParameter(
                "key",
                FollowUp.key(
                    candidate.getPersonId(), candidate.getCoupleId(), candidate.getReason()))
            .getResultStream()
            .findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    em.persist(candidate);
    em.flush();
    return candidate;
  }

  /** The open item with this key, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FollowUp> openWithKey(long cohortId, String key) {
    return em.createNamedQuery("FollowUp.openWithKey", FollowUp.class)
        .setParameter("cohort", cohortId)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<FollowUp> find(long id) {
    return Optional.ofNullable(em.find(FollowUp.class, id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FollowUp> openOf(long cohortId) {
    return em.createNamedQuery("FollowUp.openOfCohort", FollowUp.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  /** The items done most recently first, at most {@code limit}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FollowUp> doneOf(long cohortId, int limit) {
    return em.createNamedQuery("FollowUp.doneOfCohort", FollowUp.class)
        .setParameter("cohort", cohortId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FollowUp> about(long personId) {
    return em.createNamedQuery("FollowUp.aboutPerson", FollowUp.class)
        .setParameter("person", personId)
        .getResultList();
  }

  /** Writes a change made to a loaded item now, so a lost race surfaces here. */
  public FollowUp save(FollowUp item) {
    FollowUp kept = em.merge(item);
    em.flush();
    return kept;
  }
}
