package org.pawprints.live.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Loads and stores what couples do in a live session: exercise answers, floors, offers to share,
 * consents, pauses and helper calls.
 */
@ApplicationScoped
public class CoupleRoomRepository {

  @PersistenceContext EntityManager em;

  public Optional<LiveExerciseAnswer> exerciseAnswer(long activityId, long personId) {
    return em.createNamedQuery("LiveExerciseAnswer.mine", LiveExerciseAnswer.class)
        .setParameter("activity", activityId)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  public List<LiveExerciseAnswer> exerciseAnswers(long activityId) {
    return em.createNamedQuery("LiveExerciseAnswer.ofActivity", LiveExerciseAnswer.class)
        .setParameter("activity", activityId)
        .getResultList();
  }

  public Optional<LiveFloor> floor(long activityId, String unit) {
    return em.createNamedQuery("LiveFloor.ofUnit", LiveFloor.class)
        .setParameter("activity", activityId)
        .setParameter("unit", unit)
        .getResultStream()
        .findFirst();
  }

  public List<LiveFloor> floors(long activityId) {
    return em.createNamedQuery("LiveFloor.ofActivity", LiveFloor.class)
        .setParameter("activity", activityId)
        .getResultList();
  }

  public Optional<LiveShare> share(long activityId, String unit) {
    return em.createNamedQuery("LiveShare.ofUnit", LiveShare.class)
        .setParameter("activity", activityId)
        .setParameter("unit", unit)
        .getResultStream()
        .findFirst();
  }

  public Optional<LiveShare> share(long shareId) {
    return Optional.ofNullable(em.find(LiveShare.class, shareId));
  }

  public List<LiveShare> shares(long activityId) {
    return em.createNamedQuery("LiveShare.ofActivity", LiveShare.class)
        .setParameter("activity", activityId)
        .getResultList();
  }

  public List<LiveShareConsent> consents(long shareId) {
    return em.createNamedQuery("LiveShareConsent.ofShare", LiveShareConsent.class)
        .setParameter("share", shareId)
        .getResultList();
  }

  public Optional<LivePause> pause(long sessionId, String unit) {
    return em.createNamedQuery("LivePause.ofUnit", LivePause.class)
        .setParameter("session", sessionId)
        .setParameter("unit", unit)
        .getResultStream()
        .findFirst();
  }

  public List<LivePause> pauses(long sessionId) {
    return em.createNamedQuery("LivePause.ofSession", LivePause.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public Optional<LiveHelperCall> helperCall(long sessionId, String unit) {
    return em.createNamedQuery("LiveHelperCall.ofUnit", LiveHelperCall.class)
        .setParameter("session", sessionId)
        .setParameter("unit", unit)
        .getResultStream()
        .findFirst();
  }

  public Optional<LiveHelperCall> helperCall(long callId) {
    return Optional.ofNullable(em.find(LiveHelperCall.class, callId));
  }

  public List<LiveHelperCall> openHelperCalls(long sessionId) {
    return em.createNamedQuery("LiveHelperCall.open", LiveHelperCall.class)
        .setParameter("session", sessionId)
        .getResultList();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    em.flush();
    return entity;
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }
}
