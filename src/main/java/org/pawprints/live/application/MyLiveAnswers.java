package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.AnswerFormat;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;

/**
 * The live sessions a person was in and their own answers there, for "my live sessions" and
 * "download my data". Only the asker's own rows are read: never another person's answer, never a
 * count of the room's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyLiveAnswers {

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @PersistenceContext EntityManager em;

  /** The signed-in person's sessions, newest first. */
  public List<MyLiveSession> mine() {
    return of(access.me());
  }

  /** One person's sessions, newest first (the caller has checked that it is the asker). */
  public List<MyLiveSession> of(long personId) {
    Map<Long, Instant> joined = new HashMap<>();
    em.createQuery(
            "SELECT p.sessionId, p.joinedAt FROM LivePresence p WHERE p.personId = :person",
            Object[].class)
        .setParameter("person", personId)
        .getResultList()
        .forEach(r -> joined.put((Long) r[0], (Instant) r[1]));
    List<Object[]> answers =
        em.createQuery(
                "SELECT a.activityId, a.content, a.answeredAt FROM LiveAnswer a"
                    + " WHERE a.personId = :person",
                Object[].class)
            .setParameter("person", personId)
            .getResultList();
    Map<Long, Object[]> byActivity =
        answers.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> r));
    Set<Long> sessionIds = new LinkedHashSet<>(joined.keySet());
    if (!byActivity.isEmpty()) {
      sessionIds.addAll(
          em.createQuery(
                  "SELECT DISTINCT a.sessionId FROM LiveActivity a WHERE a.id IN :ids", Long.class)
              .setParameter("ids", byActivity.keySet())
              .getResultList());
    }
    List<MyLiveSession> mine = new ArrayList<>();
    for (long id : sessionIds) {
      sessions.find(id).ifPresent(s -> mine.add(session(s, joined.get(id), byActivity)));
    }
    mine.sort(Comparator.comparing(MyLiveSession::startsAtInstant).reversed());
    return mine;
  }

  private MyLiveSession session(LiveSession s, Instant joinedAt, Map<Long, Object[]> answers) {
    ZoneId zone =
        cohorts.find(s.getCohortId()).map(c -> ZoneId.of(c.getTimeZone())).orElse(ZoneId.of("UTC"));
    List<MyLiveSession.Answer> mine = new ArrayList<>();
    List<LiveActivity> agenda = sessions.agenda(s.getId());
    for (int i = 0; i < agenda.size(); i++) {
      LiveActivity activity = agenda.get(i);
      Object[] row = answers.get(activity.getId());
      if (row != null) {
        mine.add(
            new MyLiveSession.Answer(
                i,
                activity.getTitle(),
                activity.getKind().name(),
                readable(activity, (String) row[1]),
                (Instant) row[2]));
      }
    }
    return new MyLiveSession(
        s.getId(),
        s.getTitle(),
        s.getStartsAt().atZone(zone).toLocalDateTime(),
        s.getStartsAt(),
        joinedAt,
        List.copyOf(mine));
  }

  /** A stored answer as its author chose it: the options' words, the number, or the text. */
  static String readable(LiveActivity activity, String stored) {
    if (activity.isScale() || activity.getOptions().isEmpty()) {
      return stored;
    }
    List<String> options = activity.getOptions();
    try {
      return AnswerFormat.indexes(stored).stream()
          .filter(i -> i >= 0 && i < options.size())
          .map(options::get)
          .collect(Collectors.joining("; "));
    } catch (RuntimeException notIndexes) {
      return stored;
    }
  }
}
