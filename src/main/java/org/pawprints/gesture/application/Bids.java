package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.Partners;
import org.pawprints.gesture.domain.Bid;

/**
 * Bids turned toward, for the signed-in participant. My own log is mine; my partner sees only the
 * entries I marked "let my partner see", and only while we are partners. No method takes a person
 * id. The note is never logged.
 */
@ApplicationScoped
@Transactional
public class Bids {

  @Inject PracticeCaller caller;
  @Inject Partners partners;
  @Inject IndividualTrack track;
  @PersistenceContext EntityManager em;

  /** Logs one bid; the same submission key twice keeps one entry. */
  public Bid log(String note, boolean partnerMaySee, String submission) {
    long me = caller.participant();
    String key = GestureText.submission(submission);
    String kept = GestureText.optional(note, Bid.NOTE_MAX, "bid.noteTooLong");
    Optional<Bid> already = bySubmission(me, key);
    if (already.isPresent()) {
      return already.get();
    }
    Bid bid = new Bid(me, kept, partnerMaySee, key, Instant.now());
    em.persist(bid);
    em.flush();
    return bid;
  }

  /** My bids, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Bid> mine() {
    return em.createNamedQuery("Bid.mine", Bid.class)
        .setParameter("person", caller.participant())
        .setMaxResults(50)
        .getResultList();
  }

  /** The bids my partner chose to let me see; none when I have no partner. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Bid> sharedByMyPartner() {
    long me = caller.participant();
    return partners
        .coupleOf(me)
        .map(
            couple ->
                em.createNamedQuery("Bid.sharedBy", Bid.class)
                    .setParameter("person", couple.partnerId())
                    .setMaxResults(50)
                    .getResultStream()
                    // Shared with the partner of the time: an earlier couple's bids stay there.
                    .filter(bid -> !bid.getLoggedAt().isBefore(couple.since()))
                    // Logged on the individual track: it stays theirs.
                    .filter(bid -> !track.wasOnAt(couple.partnerId(), bid.getLoggedAt()))
                    .toList())
        .orElse(List.of());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long countThisWeek() {
    long me = caller.participant();
    return em.createNamedQuery("Bid.countSince", Long.class)
        .setParameter("person", me)
        .setParameter("since", caller.weekStart(me))
        .getSingleResult();
  }

  private Optional<Bid> bySubmission(long me, String key) {
    return em.createNamedQuery("Bid.bySubmission", Bid.class)
        .setParameter("person", me)
        .setParameter("submission", key)
        .getResultStream()
        .findFirst();
  }
}
