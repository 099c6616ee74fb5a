package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveSession;

/** The couples' side of a session for each screen, read afresh, each checked for who asks. */
@ApplicationScoped
@Transactional
public class CoupleStates {

  @Inject RoomCouples couples;
  @Inject LiveAccess access;
  @Inject CoupleExercises exercises;
  @Inject CoupleConsent consent;
  @Inject TheFloor floor;
  @Inject CoupleCare care;

  Clock clock = Clock.systemUTC();

  public CoupleState participant(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    RoomUnit unit = couples.myUnit(session);
    LiveActivity current = couples.current(session);
    return new CoupleState(
        unit.solo(),
        care.mine(session, unit),
        exercises.mine(unit, current).orElse(null),
        consent.mine(unit, current).orElse(null),
        floor.mine(unit, current).orElse(null),
        clock.millis());
  }

  public CoupleControlState control(long sessionId) {
    LiveSession session = access.toWatch(sessionId);
    LiveActivity current = couples.current(session);
    boolean exercise = current != null && current.getKind() == ActivityKind.COUPLE_EXERCISE;
    boolean onTheFloor = current != null && current.getKind() == ActivityKind.FLOOR;
    CoupleCare.PausedCounts paused = care.pausedCounts(session);
    return new CoupleControlState(
        exercise ? exercises.counts(session, current) : null,
        onTheFloor ? floor.counts(current) : null,
        exercise ? consent.ready(current) : List.of(),
        paused.couples(),
        paused.people(),
        care.helperCalls(session));
  }

  /** The couples' words the facilitator showed to the room, for the presenter screen. */
  public List<String> shownToRoom(long sessionId) {
    LiveSession session = access.toWatch(sessionId);
    LiveActivity current = couples.current(session);
    return current == null || current.getKind() != ActivityKind.COUPLE_EXERCISE
        ? List.of()
        : consent.shown(current);
  }
}
