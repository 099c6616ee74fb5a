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
 * query each (each person's latest row), so a cohort costs ten queries however many people it
 * holds. Signing in alone is not activity: the nudge is about the workshop, not the account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantActivity {

  /**
   * Each feature's record of something a person did: its entity, whose it is, and when. Read as
   * each person's latest row, with the time itself selected rather than {@code MAX} of it: an
   * aggregate comes back from PostgreSQL as a bare {@code Timestamp} that the provider hands to the
   * Instant converter, which refuses it; a selected attribute is read through its mapping on every
   * database.
   */
  private record Activity(String entity, String person, String at) {

    String latestByPerson() {
      return ("SELECT x.%2$s, x.%3$s FROM %1$s x WHERE x.%2$s IN :people AND x.%3$s ="
              + " (SELECT MAX(y.%3$s) FROM %1$s y WHERE y.%2$s = x.%2$s)")
          .formatted(entity, person, at);
    }
  }

  private static final List<Activity> ACTIVITIES =
      List.of(
          new Activity("Answer", "personId", "updatedAt"),
          new Activity("ModuleProgress", "personId", "visitedAt"),
          new Activity("QuizAttempt", "personId", "startedAt"),
          new Activity("PracticeMoment", "personId", "loggedAt"),
          new Activity("Bid", "personId", "loggedAt"),
          new Activity("RepairAttempt", "personId", "loggedAt"),
          new Activity("RitualTick", "personId", "createdAt"),
          new Activity("CheckIn", "personId", "updatedAt"),
          new Activity("LivePresence", "personId", "lastSeen"),
          new Activity("AppreciationNote", "senderId", "sentAt"));

  @PersistenceContext EntityManager em;

  /** The queries {@link #latest} runs, one per kind of activity. */
  static List<String> queries() {
    return ACTIVITIES.stream().map(Activity::latestByPerson).toList();
  }

  /** Each person's latest activity; a person who did nothing is absent from the map. */
  public Map<Long, Instant> latest(Collection<Long> people) {
    Map<Long, Instant> latest = new HashMap<>();
    if (people.isEmpty()) {
      return latest;
    }
    for (Activity activity : ACTIVITIES) {
      merge(latest, activity.latestByPerson(), people);
    }
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

  /**
   * A time from a report query: converted, or as the driver gives it (Timestamp, OffsetDateTime).
   */
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
