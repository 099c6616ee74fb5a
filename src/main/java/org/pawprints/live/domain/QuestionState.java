package org.pawprints.live.domain;

/**
 * Where a participant's question stands. Only its author and the facilitators see a PENDING one;
 * the room sees (and upvotes) APPROVED ones, and the one being ANSWERING now stands out on the
 * presenter; DONE ones leave the room's list; HIDDEN ones never reach it.
 */
public enum QuestionState {
  PENDING,
  APPROVED,
  ANSWERING,
  DONE,
  HIDDEN;

  /** Whether the room (other participants, the presenter) sees it and may upvote it. */
  public boolean inTheRoom() {
    return this == APPROVED || this == ANSWERING;
  }
}
