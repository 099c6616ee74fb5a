package org.pawprints.live.application;

import java.util.List;

/**
 * What the facilitator's control screen shows beside the room's state: the agenda, the current
 * activity's private notes, how many answered (from the database), who is here (couples with both
 * partners here apart), and the open answers to approve or hide.
 */
public record ControlState(
    RoomState room,
    List<AgendaLine> agenda,
    String notesHtml,
    long answered,
    List<String> here,
    List<String> couplesHere,
    List<OpenLine> openAnswers) {

  /** One agenda item in the control list. */
  public record AgendaLine(
      int position, String kindName, String title, int minutes, boolean current) {}

  /** An open answer waiting for (or past) the facilitator's decision. */
  public record OpenLine(long id, String text, String moderation) {}

  public int peopleHere() {
    return here.size();
  }
}
