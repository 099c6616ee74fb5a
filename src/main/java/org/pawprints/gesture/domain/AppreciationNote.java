package org.pawprints.gesture.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A short appreciation from one partner to the other. The sender and the recipient may read it;
 * nobody else. The recipient keeps it even if the couple later splits.
 */
@Entity
@Table(name = "appreciation_note")
@NamedQuery(
    name = "AppreciationNote.sentBy",
    query =
        "SELECT n FROM AppreciationNote n WHERE n.senderId = :person"
            + " ORDER BY n.sentAt DESC, n.id DESC")
@NamedQuery(
    name = "AppreciationNote.receivedBy",
    query =
        "SELECT n FROM AppreciationNote n WHERE n.recipientId = :person"
            + " ORDER BY n.sentAt DESC, n.id DESC")
@NamedQuery(
    name = "AppreciationNote.bySubmission",
    query =
        "SELECT n FROM AppreciationNote n WHERE n.senderId = :person"
            + " AND n.submission = :submission")
@NamedQuery(
    name = "AppreciationNote.sentSince",
    query =
        "SELECT COUNT(n) FROM AppreciationNote n WHERE n.senderId = :person AND n.sentAt >= :since")
@NamedQuery(
    name = "AppreciationNote.receivedSince",
    query =
        "SELECT COUNT(n) FROM AppreciationNote n WHERE n.recipientId = :person"
            + " AND n.sentAt >= :since")
@NamedQuery(
    name = "AppreciationNote.acknowledge",
    query =
        "UPDATE AppreciationNote n SET n.acknowledgedAt = :now WHERE n.id = :id"
            + " AND n.recipientId = :person AND n.acknowledgedAt IS NULL")
public class AppreciationNote {

  public static final int BODY_MAX = 500;

  @Id
  @SequenceGenerator(
      name = "appreciation_note_seq",
      sequenceName = "appreciation_note_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appreciation_note_seq")
  private Long id;

  // Null only once the sender's account has been removed.
  @Column(name = "sender_id")
  private Long senderId;

  @Column(name = "recipient_id", nullable = false)
  private long recipientId;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(nullable = false, length = 40)
  private String submission;

  protected AppreciationNote() {}

  public AppreciationNote(
      long senderId, long recipientId, String body, String submission, Instant now) {
    this.senderId = senderId;
    this.recipientId = recipientId;
    this.body = body;
    this.submission = submission;
    this.sentAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getSenderId() {
    return senderId;
  }

  public long getRecipientId() {
    return recipientId;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }
}
