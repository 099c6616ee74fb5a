package org.pawprints.care.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Stores safety checks and first offers. Each write is its own transaction: two first answers at
 * once fail alone on the primary key, and the caller saves again. Callers pass the signed-in
 * person's id.
 */
@ApplicationScoped
@Transactional
public class SafetyCheckRepository {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SafetyCheck> of(long personId) {
    return Optional.ofNullable(em.find(SafetyCheck.class, personId));
  }

  public SafetyCheck save(
      long personId, Map<SafetyQuestion, String> answers, boolean askCheckIn, Instant at) {
    SafetyCheck check = em.find(SafetyCheck.class, personId);
    if (check == null) {
      check = new SafetyCheck(personId);
      check.answer(answers, askCheckIn, at);
      em.persist(check);
    } else {
      check.answer(answers, askCheckIn, at);
    }
    em.flush();
    return check;
  }

  /** Records the first offer; false when it had been offered before. */
  public boolean offerOnce(long personId, Instant at) {
    if (em.find(SafetyOffer.class, personId) != null) {
      return false;
    }
    em.persist(new SafetyOffer(personId, at));
    em.flush();
    return true;
  }
}
