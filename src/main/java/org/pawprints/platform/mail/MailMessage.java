package org.pawprints.platform.mail;

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
import java.util.Optional;

/**
 * One outgoing message in the outbox. Two texts: {@code body}, what administrators may read (links
 * and codes withheld, see {@link WithheldSecrets}), and {@code deliveryBody}, the text as sent,
 * which exists only while the message waits for SMTP: it is never stored for held mail and is
 * cleared once the message is sent or has finally failed, so no stored mail holds a live link.
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(
    name = "MailMessage.findByStatus",
    query = "SELECT m FROM MailMessage m WHERE m.status = :status ORDER BY m.id")
@NamedQuery(
    name = "MailMessage.newestFirst",
    query = "SELECT m FROM MailMessage m ORDER BY m.id DESC")
public class MailMessage {

  static final int MAX_ATTEMPTS = 10;

  /** Once sent, not even the withheld text is kept. */
  static final String SENT_BODY = "";

  @Id
  @SequenceGenerator(
      name = "mail_message_seq",
      sequenceName = "mail_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
  private Long id;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Column(name = "delivery_body", length = 8000)
  private String deliveryBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private MailStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected MailMessage() {}

  /** A message to send: its text is kept for delivery, and shown with its secrets withheld. */
  static MailMessage queued(String recipient, String subject, String body, String... secrets) {
    MailMessage message =
        new MailMessage(
            recipient, subject, WithheldSecrets.withhold(body, secrets), MailStatus.QUEUED);
    message.deliveryBody = body;
    return message;
  }

  /** A message that cannot be sent (no SMTP): only the withheld text is ever stored. */
  static MailMessage held(String recipient, String subject, String body, String... secrets) {
    return new MailMessage(
        recipient, subject, WithheldSecrets.withhold(body, secrets), MailStatus.HELD);
  }

  private MailMessage(String recipient, String subject, String body, MailStatus status) {
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = status;
    this.createdAt = Instant.now();
  }

  void sent(Instant now) {
    status = MailStatus.SENT;
    sentAt = now;
    attempts++;
    body = SENT_BODY;
    deliveryBody = null;
  }

  void failed(String error) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    if (attempts >= MAX_ATTEMPTS) {
      status = MailStatus.FAILED;
      deliveryBody = null;
    }
  }

  /** The text to hand to SMTP; empty once there is nothing left to send. */
  Optional<String> textToSend() {
    return Optional.ofNullable(deliveryBody);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  /** The text as administrators may read it: links and codes withheld. */
  public String getBody() {
    return body;
  }

  public MailStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public int getAttempts() {
    return attempts;
  }

  /** Why the last attempt to send failed (the kind of error, never the text). */
  public String getLastError() {
    return lastError;
  }
}
