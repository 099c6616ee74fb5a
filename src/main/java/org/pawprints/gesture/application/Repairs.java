package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pawprints.gesture.domain.RepairAttempt;
import org.pawprints.gesture.domain.RepairKind;
import org.pawprints.gesture.domain.RepairOutcome;
import org.pawprints.platform.refusal.Refusal;

/**
 * Repair attempts, for the signed-in participant only: nobody else reads them, not the partner, not
 * a facilitator. No method takes a person id. Own words are never logged.
 */
@ApplicationScoped
@Transactional
public class Repairs {

  @Inject PracticeCaller caller;
  @PersistenceContext EntityManager em;

  /**
   * Logs one attempt. "In my own words" needs the words; a listed kind may add a few. The same
   * submission key twice keeps one entry.
   */
  public RepairAttempt log(
      RepairKind kind, String ownWords, RepairOutcome outcome, String submission) {
    long me = caller.participant();
    String key = GestureText.submission(submission);
    if (kind == null) {
      throw new Refusal("repair.kindMissing");
    }
    if (outcome == null) {
      throw new Refusal("repair.outcomeMissing");
    }
    String words =
        kind == RepairKind.OWN_WORDS
            ? GestureText.required(
                ownWords, RepairAttempt.WORDS_MAX, "repair.wordsMissing", "repair.wordsTooLong")
            : GestureText.optional(ownWords, RepairAttempt.WORDS_MAX, "repair.wordsTooLong");
    Optional<RepairAttempt> already =
        em.createNamedQuery("RepairAttempt.bySubmission", RepairAttempt.class)
            .setParameter("person", me)
            .setParameter("submission", key)
            .getResultStream()
            .findFirst();
    if (already.isPresent()) {
      return already.get();
    }
    RepairAttempt attempt = new RepairAttempt(me, kind, words, outcome, key, Instant.now());
    em.persist(attempt);
    em.flush();
    return attempt;
  }

  /** My attempts, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RepairAttempt> mine() {
    return em.createNamedQuery("RepairAttempt.mine", RepairAttempt.class)
        .setParameter("person", caller.participant())
        .setMaxResults(50)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long countThisWeek() {
    long me = caller.participant();
    return em.createNamedQuery("RepairAttempt.countSince", Long.class)
        .setParameter("person", me)
        .setParameter("since", caller.weekStart(me))
        .getSingleResult();
  }
}
