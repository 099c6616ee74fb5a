package org.pawprints.live.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Loads and stores live sessions, their agendas, answers and presence. */
@ApplicationScoped
public class LiveRepository {

  @PersistenceContext EntityManager em;

  public Optional<LiveSession> find(long id) {
    return Optional.ofNullable(em.find(LiveSession.class, id));
  }

  /** Locked for the rest of the transaction: two facilitator devices change it one at a time. */
  public Optional<LiveSession> findLocked(long id) {
    return Optional.ofNullable(em.find(LiveSession.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<LiveSession> byCode(String code) {
    return em.createNamedQuery("LiveSession.byCode", LiveSession.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<LiveSession> ofCohort(long cohortId) {
    return em.createNamedQuery("LiveSession.ofCohort", LiveSession.class)
        .setParameter("cohort", cohortId)
        .getResultList();
  }

  public List<LiveSession> open(Collection<Long> cohortIds) {
    if (cohortIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("LiveSession.openInCohorts", LiveSession.class)
        .setParameter("cohorts", cohortIds)
        .setParameter("states", List.of(SessionState.LOBBY, SessionState.RUNNING))
        .getResultList();
  }

  /** The sessions of these cohorts not ended yet (scheduled, open for joining or running). */
  public List<LiveSession> notEnded(Collection<Long> cohortIds) {
    if (cohortIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("LiveSession.openInCohorts", LiveSession.class)
        .setParameter("cohorts", cohortIds)
        .setParameter(
            "states", List.of(SessionState.SCHEDULED, SessionState.LOBBY, SessionState.RUNNING))
        .getResultList();
  }

  public List<LiveActivity> agenda(long sessionId) {
    return em.createNamedQuery("LiveActivity.agenda", LiveActivity.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public Optional<LiveAnswer> answer(long activityId, long personId) {
    return em.createNamedQuery("LiveAnswer.mine", LiveAnswer.class)
        .setParameter("activity", activityId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  public List<LiveAnswer> answers(long activityId) {
    return em.createNamedQuery("LiveAnswer.ofActivity", LiveAnswer.class)
        .setParameter("activity", activityId)
        .getResultList();
  }

  public long answerCount(long activityId) {
    return em.createNamedQuery("LiveAnswer.count", Long.class)
        .setParameter("activity", activityId)
        .getSingleResult();
  }

  public Optional<LivePresence> presence(long sessionId, long personId) {
    return em.createNamedQuery("LivePresence.mine", LivePresence.class)
        .setParameter("session", sessionId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  /** Who joined the session, by id only (a push's audience: no entity for each of a thousand). */
  public List<Long> peoplePresent(long sessionId) {
    return em.createNamedQuery("LivePresence.peopleOfSession", Long.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public List<LivePresence> presence(long sessionId) {
    return em.createNamedQuery("LivePresence.ofSession", LivePresence.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }
}
