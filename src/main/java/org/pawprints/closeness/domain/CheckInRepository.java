package org.pawprints.closeness.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores check-ins and sharing choices. Each write is its own transaction, so that two first
 * check-ins of the same week racing each other (two tabs) fail alone on the unique key and the
 * caller can simply save again, as a replacement. Callers pass a person id they have checked.
 */
@ApplicationScoped
@Transactional
public class CheckInRepository {

  @PersistenceContext EntityManager em;

  /** Creates this week's check-in, or replaces its rating and note. */
  public CheckIn save(long personId, LocalDate weekStart, int rating, String note) {
    Optional<CheckIn> existing = ofWeek(personId, weekStart);
    CheckIn checkIn;
    if (existing.isPresent()) {
      checkIn = existing.get();
      checkIn.replace(rating, note);
    } else {
      checkIn = new CheckIn(personId, weekStart, rating, note);
      em.persist(checkIn);
    }
    em.flush();
    return checkIn;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CheckIn> ofWeek(long personId, LocalDate weekStart) {
    return em.createNamedQuery("CheckIn.ofWeek", CheckIn.class)
        .setParameter("person", personId)
        .setParameter("week", weekStart)
        .getResultStream()
        .findFirst();
  }

  /** One person's check-ins, oldest week first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CheckIn> of(long personId) {
    return em.createNamedQuery("CheckIn.of", CheckIn.class)
        .setParameter("person", personId)
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isShared(long personId) {
    ClosenessSharing sharing = em.find(ClosenessSharing.class, personId);
    return sharing != null && sharing.isShared();
  }

  public void chooseSharing(long personId, boolean share) {
    ClosenessSharing sharing = em.find(ClosenessSharing.class, personId);
    if (sharing == null) {
      em.persist(new ClosenessSharing(personId, share));
    } else {
      sharing.choose(share);
    }
    em.flush();
  }
}
