package org.pawprints.live.domain;

import java.util.Set;

/**
 * Where a live session is: planned, people gathering (the lobby shows the join code), running, or
 * over. It only moves forward; an ended session never opens again.
 */
public enum SessionState {
  SCHEDULED,
  LOBBY,
  RUNNING,
  ENDED;

  /** The states this one may move to. */
  public Set<SessionState> next() {
    return switch (this) {
      case SCHEDULED -> Set.of(LOBBY, RUNNING, ENDED);
      case LOBBY -> Set.of(RUNNING, ENDED);
      case RUNNING -> Set.of(ENDED);
      case ENDED -> Set.of();
    };
  }

  public boolean mayMoveTo(SessionState target) {
    return next().contains(target);
  }

  /** Whether people can be in the room now (joining, answering). */
  public boolean isOpen() {
    return this == LOBBY || this == RUNNING;
  }
}
