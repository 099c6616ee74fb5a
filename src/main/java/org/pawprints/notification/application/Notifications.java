package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.notification.domain.Notification;
import org.pawprints.notification.domain.NotificationKind;

/**
 * Records what happened for a person and reads the signed-in person's own notifications. Recording
 * is called by features inside their own transaction, so a notification exists exactly when the
 * event it tells of was saved. Reading is caller-scoped: no method reads someone else's bell.
 */
@ApplicationScoped
@Transactional
public class Notifications {

  static final int LATEST = 30;

  @Inject AccessPolicy access;
  @PersistenceContext EntityManager em;

  /**
   * Tells {@code recipientId} that something happened. {@code detail} is a short, non-sensitive
   * value for the message (a step slug, never a participant's words); {@code link} a path inside
   * the app.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void notify(
      long recipientId, NotificationKind kind, Long actorId, String detail, String link) {
    em.persist(new Notification(recipientId, kind, actorId, detail, link, Instant.now()));
  }

  /** My latest notifications, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notification> mine() {
    return em.createNamedQuery("Notification.latestFor", Notification.class)
        .setParameter("recipient", access.requireSignedIn())
        .setMaxResults(LATEST)
        .getResultList();
  }

  /** Every notification I ever had, oldest first, for "download my data". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Notification> allMine() {
    return em.createNamedQuery("Notification.allFor", Notification.class)
        .setParameter("recipient", access.requireSignedIn())
        .getResultList();
  }

  /** For the bell on every page: one count over the recipient's index. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long unreadCount() {
    return em.createNamedQuery("Notification.unreadCount", Long.class)
        .setParameter("recipient", access.requireSignedIn())
        .getSingleResult();
  }

  /**
   * Viewing the list marks read what it showed: everything up to the newest notification on it. One
   * that arrives while the page renders stays unread for the next visit.
   */
  public void markReadUpTo(Instant newestShown) {
    em.createNamedQuery("Notification.markReadUpTo")
        .setParameter("recipient", access.requireSignedIn())
        .setParameter("upTo", newestShown)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /** Marks every one of my notifications read. */
  public void markAllRead() {
    em.createNamedQuery("Notification.markAllRead")
        .setParameter("recipient", access.requireSignedIn())
        .setParameter("now", Instant.now())
        .executeUpdate();
  }
}
