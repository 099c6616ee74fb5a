package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest thing each participant did, whatever it was: an answer saved, a module screen opened,
 * a quiz, a practice moment, a bid, a repair, an appreciation sent, a ritual ticked, a check-in, or
 * a moment in a live session's room. Read from the features' own entities (all below care), one
 * grouped query each, so a cohort costs ten queries however many people it holds. Signing in alone
 * is not activity: the nudge is about the workshop, not the account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantActivity {

  private static final List<String> LATEST_BY_PERSON =
      List.of(
          "SELECT x.personId, MAX(x.updatedAt) FROM Answer x",
          "SELECT x.personId, MAX(x.visitedAt) FROM ModuleProgress x",
          "SELECT x.personId, MAX(x.startedAt) FROM QuizAttempt x",
          "SELECT x.personId, MAX(x.loggedAt) FROM PracticeMoment x",
          "SELECT x.personId, MAX(x.loggedAt) FROM Bid x",
          "SELECT x.personId, MAX(x.loggedAt) FROM RepairAttempt x",
          "SELECT x.personId, MAX(x.createdAt) FROM RitualTick x",
          "SELECT x.personId, MAX(x.updatedAt) FROM CheckIn x",
          "SELECT x.personId, MAX(x.lastSeen) FROM LivePresence x");

  @PersistenceContext EntityManager em;

  /** Each person's latest activity; a person who did nothing is absent from the map. */
  public Map<Long, Instant> latest(Collection<Long> people) {
    Map<Long, Instant> latest = new HashMap<>();
    if (people.isEmpty()) {
      return latest;
    }
    for (String select : LATEST_BY_PERSON) {
      merge(latest, select + " WHERE x.personId IN :people GROUP BY x.personId", people);
    }
    merge(
        latest,
        "SELECT x.senderId, MAX(x.sentAt) FROM AppreciationNote x WHERE x.senderId IN :people"
            + " GROUP BY x.senderId",
        people);
    return latest;
  }

  private void merge(Map<Long, Instant> latest, String query, Collection<Long> people) {
    List<Object[]> rows =
        em.createQuery(query, Object[].class).setParameter("people", people).getResultList();
    for (Object[] row : rows) {
      if (row[0] != null && row[1] != null) {
        latest.merge(((Number) row[0]).longValue(), instant(row[1]), ParticipantActivity::later);
      }
    }
  }

  /** An aggregate over a converted column may come back unconverted, depending on the provider. */
  static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass().getName());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
