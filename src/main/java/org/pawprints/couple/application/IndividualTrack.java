package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pawprints.couple.domain.SoloPeriod;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;

/**
 * The individual track (issue 15): a participant may do the workshop on their own for a while.
 * While they are on it, couple features pause for them, quietly: nothing of theirs reaches their
 * partner (answers, reactions, notices, practice), no partner notice reaches them, and live couple
 * exercises become solo ones. To the partner it looks like an ordinary quiet week: the partner is
 * never told, and what they see reads as "your partner hasn't shared yet". What the person marked
 * done while on the track stays theirs after they switch back. The couple feature owns the fact so
 * that couple, live and the features above can ask it; the care feature offers the switch.
 */
@ApplicationScoped
public class IndividualTrack {

  @Inject AccessPolicy access;
  @Inject SoloPeriodsMemo memo;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Whether this person is on the individual track now. */
  public boolean isOn(long personId) {
    return periods(personId).stream().anyMatch(SoloPeriod::isOpen);
  }

  /** Whether couple features are paused between these two: either one is on the track. */
  public boolean pausedBetween(long one, long other) {
    return isOn(one) || isOn(other);
  }

  /**
   * Whether the person was on the track at this moment (an answer marked done then stays theirs).
   */
  public boolean wasOnAt(long personId, Instant moment) {
    return moment != null && periods(personId).stream().anyMatch(p -> p.covers(moment));
  }

  /** Whether this person was ever on the track (most never are: their pages ask nothing more). */
  public boolean everOn(long personId) {
    return !periods(personId).isEmpty();
  }

  /** Whether the signed-in participant is on the track. */
  public boolean amIOn() {
    return isOn(me());
  }

  /** The signed-in participant switches to the individual track (again: nothing changes). */
  @Transactional
  public void switchOn() {
    long me = me();
    if (isOn(me)) {
      return;
    }
    em.persist(new SoloPeriod(me, clock.instant()));
    em.flush();
    memo.forget(me);
  }

  /** The signed-in participant goes back to doing the workshop together. */
  @Transactional
  public void switchOff() {
    long me = me();
    Instant now = clock.instant();
    periods(me).stream().filter(SoloPeriod::isOpen).forEach(p -> em.merge(p).end(now));
    em.flush();
    memo.forget(me);
  }

  /** The stretches of the signed-in participant, oldest first (for their own data export). */
  public List<SoloPeriod> mine() {
    return load(me());
  }

  /** Forgets a person's stretches (erasing the person); runs in the erasing transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void forget(long personId) {
    em.createNativeQuery("DELETE FROM couple_solo_period WHERE person_id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }

  private List<SoloPeriod> periods(long personId) {
    try {
      return memo.get(personId, this::load);
    } catch (ContextNotActiveException noRequest) {
      return load(personId);
    }
  }

  private List<SoloPeriod> load(long personId) {
    return em.createNamedQuery("SoloPeriod.of", SoloPeriod.class)
        .setParameter("person", personId)
        .getResultList();
  }

  private long me() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }
}
