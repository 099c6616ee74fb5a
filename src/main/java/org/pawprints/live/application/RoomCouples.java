package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Objects;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.Partners;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.refusal.Refusal;

/**
 * The checks every couple activity shares: the one asking is a participant of the session's cohort,
 * their unit is their current couple of this cohort ({@link Partners}, the one partner rule) or
 * themselves alone, and the activity named is the one on screen and of the expected kind.
 */
@ApplicationScoped
public class RoomCouples {

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject SharedRooms rooms;
  @Inject Partners partners;
  @Inject IndividualTrack track;
  @Inject Event<CoupleChanged> changed;

  /** The session, for a participant of its cohort (a facilitator has no couple here). */
  LiveSession asParticipant(long sessionId) {
    LiveSession session = access.toJoin(sessionId);
    long me = access.me();
    if (!access.isMember(session, me)) {
      throw new Refusal("live.answer.participantsOnly");
    }
    return session;
  }

  /**
   * My unit: my couple, or me alone. On the individual track I am alone (couple exercises become
   * solo ones, the floor and the couple pause are not offered); my partner's unit stays our couple,
   * where I simply have not started, as on any quiet evening.
   */
  RoomUnit unitOf(LiveSession session, long me) {
    if (track.isOn(me)) {
      return RoomUnit.solo(me);
    }
    return partners
        .coupleOf(me)
        .filter(c -> Objects.equals(c.cohortId(), session.getCohortId()))
        .map(c -> RoomUnit.couple(c.coupleId(), me, c.partnerId()))
        .orElseGet(() -> RoomUnit.solo(me));
  }

  RoomUnit myUnit(LiveSession session) {
    return unitOf(session, access.me());
  }

  /** The activity on screen, if it is of this kind; else the room has moved on. */
  LiveActivity onScreen(LiveSession session, long activityId, ActivityKind kind) {
    LiveActivity current = current(session);
    if (current == null || current.getId() != activityId || current.getKind() != kind) {
      throw new Refusal("live.answer.movedOn");
    }
    return current;
  }

  /**
   * The activity on screen of a running session when it is one the couples do together (a couple
   * exercise or the floor), else null: every caller wants one of those two kinds, and the shared
   * part of the room (read once per version) says which kind is on screen without a query.
   */
  LiveActivity current(LiveSession session) {
    if (session.getState() != SessionState.RUNNING) {
      return null;
    }
    LiveActivity exercise = rooms.onScreen(session, ActivityKind.COUPLE_EXERCISE);
    return exercise != null ? exercise : rooms.onScreen(session, ActivityKind.FLOOR);
  }

  /** The couple's phones and the facilitators refetch once this commits. */
  void tell(LiveSession session, RoomUnit unit) {
    changed.fire(new CoupleChanged(session.getId(), session.getVersion(), unit.people()));
  }
}
