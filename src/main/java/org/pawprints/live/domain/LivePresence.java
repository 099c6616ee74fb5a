package org.pawprints.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Someone who joined a session, and when their screen last asked for its state. */
@Entity
@Table(name = "live_presence")
@NamedQuery(
    name = "LivePresence.peopleOfSession",
    query = "SELECT p.personId FROM LivePresence p WHERE p.sessionId = :session")
@NamedQuery(
    name = "LivePresence.ofSession",
    query = "SELECT p FROM LivePresence p WHERE p.sessionId = :session ORDER BY p.joinedAt, p.id")
@NamedQuery(
    name = "LivePresence.mine",
    query = "SELECT p FROM LivePresence p WHERE p.sessionId = :session AND p.personId = :person")
@NamedQuery(
    name = "LivePresence.ofPerson",
    query = "SELECT p FROM LivePresence p WHERE p.personId = :person")
public class LivePresence {

  /**
   * A screen unseen for longer than this no longer counts as here. An open screen refreshes at
   * least every 75 s (live.js: the first heartbeat 50 s after its last refresh), and its presence
   * is written at most every 20 s.
   */
  public static final Duration HERE_WITHIN = Duration.ofSeconds(120);

  @Id
  @SequenceGenerator(
      name = "live_presence_seq",
      sequenceName = "live_presence_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_presence_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(name = "person_id", nullable = false)
  private Long personId;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  @Column(name = "last_seen", nullable = false)
  private Instant lastSeen;

  protected LivePresence() {}

  public LivePresence(long sessionId, long personId, Instant now) {
    this.sessionId = sessionId;
    this.personId = personId;
    this.joinedAt = now;
    this.lastSeen = now;
  }

  public void seen(Instant now) {
    lastSeen = now;
  }

  public boolean isHere(Instant now) {
    return lastSeen.plus(HERE_WITHIN).isAfter(now);
  }

  public Long getSessionId() {
    return sessionId;
  }

  public Long getPersonId() {
    return personId;
  }

  public Instant getLastSeen() {
    return lastSeen;
  }
}
