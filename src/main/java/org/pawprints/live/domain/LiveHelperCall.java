package org.pawprints.live.domain;

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
 * A couple asks the facilitator to come over: the table or breakout-room label they typed is all
 * the facilitator sees. One call per couple and session; asking again reopens it.
 */
@Entity
@Table(name = "live_helper_call")
@NamedQuery(
    name = "LiveHelperCall.open",
    query =
        "SELECT c FROM LiveHelperCall c WHERE c.sessionId = :session AND c.doneAt IS NULL"
            + " ORDER BY c.askedAt, c.id")
@NamedQuery(
    name = "LiveHelperCall.ofUnit",
    query = "SELECT c FROM LiveHelperCall c WHERE c.sessionId = :session AND c.unitKey = :unit")
public class LiveHelperCall {

  @Id
  @SequenceGenerator(
      name = "live_helper_call_seq",
      sequenceName = "live_couple_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_helper_call_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "unit_key", nullable = false, length = 24)
  private String unitKey;

  @Column(nullable = false, length = 30)
  private String label;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  protected LiveHelperCall() {}

  public LiveHelperCall(long sessionId, String unitKey, String label, Instant now) {
    this.sessionId = sessionId;
    this.unitKey = unitKey;
    ask(label, now);
  }

  public final void ask(String newLabel, Instant now) {
    this.label = newLabel;
    this.askedAt = now;
    this.doneAt = null;
  }

  public void done(Instant now) {
    this.doneAt = now;
  }

  public boolean isOpen() {
    return doneAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getLabel() {
    return label;
  }

  public Instant getAskedAt() {
    return askedAt;
  }
}
