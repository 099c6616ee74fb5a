package org.pawprints.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session's room settings that the facilitator switches during it; no row: the defaults. */
@Entity
@Table(name = "live_room_setting")
public class LiveRoomSetting {

  @Id
  @Column(name = "session_id")
  private Long sessionId;

  @Column(name = "reactions_on", nullable = false)
  private boolean reactionsOn;

  protected LiveRoomSetting() {}

  public LiveRoomSetting(long sessionId, boolean reactionsOn) {
    this.sessionId = sessionId;
    this.reactionsOn = reactionsOn;
  }

  public boolean isReactionsOn() {
    return reactionsOn;
  }

  public void reactions(boolean on) {
    this.reactionsOn = on;
  }
}
