package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pawprints.live.domain.LiveRepository;

/**
 * Everything a participant's phone shows, read in one transaction: the room's state, my couple's
 * side, whether the reaction buttons show, and the room's questions. A push makes every phone of
 * the room ask for this at once, so one refresh is one transaction and one persistence context: the
 * session row and the "may I join" decision are read once for the four parts (four transactions,
 * four reads of the session and two of the membership before). Each part still checks who asks, on
 * every request.
 */
@ApplicationScoped
@Transactional
public class MyRooms {

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject LiveStates states;
  @Inject CoupleStates couples;
  @Inject LiveReactions reactions;
  @Inject LiveQuestions questions;

  /** My room now; refused (as every part is) for someone who may not join the session. */
  public MyRoom read(long sessionId) {
    RoomState state = states.participant(sessionId);
    // The session is in this transaction's persistence context now: no second read.
    boolean participant =
        sessions.find(sessionId).map(s -> access.isMember(s, access.me())).orElse(false);
    return new MyRoom(
        state,
        participant ? couples.participant(sessionId) : null,
        reactions.open(sessionId),
        questions.forParticipant(sessionId));
  }

  /**
   * One read of my room.
   *
   * @param couple my couple's side; null for a facilitator looking in (no couple in the room)
   */
  public record MyRoom(
      RoomState state, CoupleState couple, boolean reactionsOpen, List<QuestionLine> questions) {}
}
