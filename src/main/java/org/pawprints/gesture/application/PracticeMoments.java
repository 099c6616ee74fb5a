package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pawprints.gesture.domain.MomentKind;
import org.pawprints.gesture.domain.PracticeMoment;

/**
 * Between-session practice for steps 1, 5 and 7, for the signed-in participant: private, never
 * shown to a partner. No method takes a person id. The note is never logged.
 */
@ApplicationScoped
@Transactional
public class PracticeMoments {

  @Inject PracticeCaller caller;
  @PersistenceContext EntityManager em;

  /** Logs one moment; the same submission key twice keeps one entry. */
  public PracticeMoment log(MomentKind kind, String note, String submission) {
    long me = caller.participant();
    String key = GestureText.submission(submission);
    String kept = GestureText.optional(note, PracticeMoment.NOTE_MAX, "moment.noteTooLong");
    Optional<PracticeMoment> already =
        em.createNamedQuery("PracticeMoment.bySubmission", PracticeMoment.class)
            .setParameter("person", me)
            .setParameter("submission", key)
            .getResultStream()
            .findFirst();
    if (already.isPresent()) {
      return already.get();
    }
    PracticeMoment moment = new PracticeMoment(me, kind, kept, key, Instant.now());
    em.persist(moment);
    em.flush();
    return moment;
  }

  /** My moments of this kind, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PracticeMoment> mine(MomentKind kind) {
    return em.createNamedQuery("PracticeMoment.mine", PracticeMoment.class)
        .setParameter("person", caller.participant())
        .setParameter("kind", kind)
        .setMaxResults(50)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long countThisWeek(MomentKind kind) {
    long me = caller.participant();
    return em.createNamedQuery("PracticeMoment.countSince", Long.class)
        .setParameter("person", me)
        .setParameter("kind", kind)
        .setParameter("since", caller.weekStart(me))
        .getSingleResult();
  }
}
