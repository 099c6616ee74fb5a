package org.pawprints.ritual.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Stores ticks. Each write is its own transaction, so that a tick racing with an identical one (a
 * double tap on two connections) fails alone on the unique key and the caller can see that the
 * other one already counts. Callers pass a person id they have already checked.
 */
@ApplicationScoped
@Transactional
public class RitualTickRepository {

  @PersistenceContext EntityManager em;

  /** Adds the tick unless it is already there. */
  public void add(long personId, String ritualKey, LocalDate day) {
    if (!exists(personId, ritualKey, day)) {
      em.persist(new RitualTick(personId, ritualKey, day));
      em.flush();
    }
  }

  /** Removes the tick if it is there; removing nothing is fine. */
  public void remove(long personId, String ritualKey, LocalDate day) {
    em.createQuery(
            "DELETE FROM RitualTick t WHERE t.personId = :person AND t.ritualKey = :ritual"
                + " AND t.doneOn = :day")
        .setParameter("person", personId)
        .setParameter("ritual", ritualKey)
        .setParameter("day", day)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exists(long personId, String ritualKey, LocalDate day) {
    return !em.createNamedQuery("RitualTick.find", RitualTick.class)
        .setParameter("person", personId)
        .setParameter("ritual", ritualKey)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Every tick of one person, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RitualTick> of(long personId) {
    return em.createNamedQuery("RitualTick.of", RitualTick.class)
        .setParameter("person", personId)
        .getResultList();
  }
}
