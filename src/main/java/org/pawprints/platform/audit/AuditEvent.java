package org.pawprints.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded security event. Immutable once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 40)
  private AuditEventType type;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_email", length = 254)
  private String actorEmail;

  @Column(name = "target_id")
  private Long targetId;

  @Column(name = "target_email", length = 254)
  private String targetEmail;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  @Column(length = 500)
  private String detail;

  protected AuditEvent() {}

  AuditEvent(AuditEventType type, Actor actor, Actor target, String clientAddress, String detail) {
    this.occurredAt = Instant.now();
    this.type = type;
    this.actorId = actor == null ? null : actor.id();
    this.actorEmail = actor == null ? null : actor.email();
    this.targetId = target == null ? null : target.id();
    this.targetEmail = target == null ? null : target.email();
    this.clientAddress = clientAddress;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public AuditEventType getType() {
    return type;
  }

  public String getActorEmail() {
    return actorEmail;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getTargetEmail() {
    return targetEmail;
  }

  public Long getTargetId() {
    return targetId;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getDetail() {
    return detail;
  }

  /** Someone in an event: an id when they have an account, and the email as it was then. */
  public record Actor(Long id, String email) {}
}
