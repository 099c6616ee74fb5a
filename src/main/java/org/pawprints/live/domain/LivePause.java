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

/** A couple's private pause in a session, until a return time (or until they come back). */
@Entity
@Table(name = "live_pause")
@NamedQuery(
    name = "LivePause.ofSession",
    query = "SELECT p FROM LivePause p WHERE p.sessionId = :session")
@NamedQuery(
    name = "LivePause.ofUnit",
    query = "SELECT p FROM LivePause p WHERE p.sessionId = :session AND p.unitKey = :unit")
public class LivePause {

  @Id
  @SequenceGenerator(name = "live_pause_seq", sequenceName = "live_couple_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_pause_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "unit_key", nullable = false, length = 24)
  private String unitKey;

  @Column(name = "paused_until", nullable = false)
  private Instant pausedUntil;

  protected LivePause() {}

  public LivePause(long sessionId, String unitKey, Instant until) {
    this.sessionId = sessionId;
    this.unitKey = unitKey;
    this.pausedUntil = until;
  }

  public void until(Instant until) {
    this.pausedUntil = until;
  }

  public boolean isPaused(Instant now) {
    return pausedUntil.isAfter(now);
  }

  public Instant getPausedUntil() {
    return pausedUntil;
  }

  /** The unit paused: {@code c<couple id>} for a couple, {@code p<person id>} for one person. */
  public String getUnitKey() {
    return unitKey;
  }
}
