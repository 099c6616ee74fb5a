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
 * A couple's floor during one activity: who holds it, how many turns they took and when. Nothing
 * either partner said is kept.
 */
@Entity
@Table(name = "live_floor")
@NamedQuery(
    name = "LiveFloor.ofActivity",
    query = "SELECT f FROM LiveFloor f WHERE f.activityId = :activity")
@NamedQuery(
    name = "LiveFloor.ofUnit",
    query = "SELECT f FROM LiveFloor f WHERE f.activityId = :activity AND f.unitKey = :unit")
public class LiveFloor {

  @Id
  @SequenceGenerator(name = "live_floor_seq", sequenceName = "live_couple_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_floor_seq")
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "unit_key", nullable = false, length = 24)
  private String unitKey;

  @Column(name = "holder_id", nullable = false)
  private Long holderId;

  @Column(nullable = false)
  private int turns;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "holder_since", nullable = false)
  private Instant holderSince;

  protected LiveFloor() {}

  public LiveFloor(long activityId, String unitKey, long firstSpeaker, Instant now) {
    this.activityId = activityId;
    this.unitKey = unitKey;
    this.holderId = firstSpeaker;
    this.turns = 1;
    this.startedAt = now;
    this.holderSince = now;
  }

  /** The speaker hands the floor to the listener: a new turn begins. */
  public void passTo(long listener, Instant now) {
    this.holderId = listener;
    this.turns++;
    this.holderSince = now;
  }

  public Long getHolderId() {
    return holderId;
  }

  public int getTurns() {
    return turns;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getHolderSince() {
    return holderSince;
  }
}
