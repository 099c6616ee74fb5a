package org.pawprints.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened for one person. It holds no words a participant wrote. */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = "Notification.latestFor",
    query =
        "SELECT n FROM Notification n WHERE n.recipientId = :recipient"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = "Notification.unreadCount",
    query =
        "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :recipient AND n.readAt IS NULL")
@NamedQuery(
    name = "Notification.markAllRead",
    query =
        "UPDATE Notification n SET n.readAt = :now"
            + " WHERE n.recipientId = :recipient AND n.readAt IS NULL")
@NamedQuery(
    name = "Notification.markReadUpTo",
    query =
        "UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :recipient"
            + " AND n.readAt IS NULL AND n.createdAt <= :upTo")
@NamedQuery(
    name = "Notification.unreadBetween",
    query =
        "SELECT n FROM Notification n WHERE n.recipientId = :recipient AND n.readAt IS NULL"
            + " AND n.createdAt >= :since AND n.createdAt <= :until"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = "Notification.allFor",
    query = "SELECT n FROM Notification n WHERE n.recipientId = :recipient ORDER BY n.id")
@NamedQuery(
    name = "Notification.since",
    query =
        "SELECT n FROM Notification n WHERE n.recipientId = :recipient AND n.createdAt >= :since"
            + " ORDER BY n.createdAt DESC, n.id DESC")
public class Notification {

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "recipient_id", nullable = false)
  private Long recipientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private NotificationKind kind;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(length = 80)
  private String detail;

  @Column(length = 200)
  private String link;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      long recipientId,
      NotificationKind kind,
      Long actorId,
      String detail,
      String link,
      Instant now) {
    if (link != null && !link.startsWith("/")) {
      throw new IllegalArgumentException("a notification links inside the app");
    }
    this.recipientId = recipientId;
    this.kind = kind;
    this.actorId = actorId;
    this.detail = detail;
    this.link = link;
    this.createdAt = now;
  }

  public boolean isUnread() {
    return readAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getRecipientId() {
    return recipientId;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getDetail() {
    return detail;
  }

  public String getLink() {
    return link;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
