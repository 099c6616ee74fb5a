package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.CoupleRoomRepository;
import org.pawprints.live.domain.FloorPrompts;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveFloor;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.platform.refusal.Refusal;

/**
 * The floor, a speaker-listener practice: one partner holds the floor and sees the speaker's
 * prompts, the other the listener's; the speaker's tap passes the floor. The server keeps only who
 * holds it, the number of turns and when; never what was said.
 */
@ApplicationScoped
@Transactional
public class TheFloor {

  /** My side of the floor: whether it started, whether I hold it, and my prompts. */
  public record FloorView(
      long activityId,
      boolean solo,
      boolean started,
      boolean iHold,
      int turns,
      long holderSince,
      List<String> speakerPrompts,
      List<String> listenerPrompts) {

    /** The prompts this screen shows: the speaker's to the one holding the floor. */
    public List<String> myPrompts() {
      return iHold ? speakerPrompts : listenerPrompts;
    }
  }

  /** For the control screen: couples that started, and their turns in all. */
  public record FloorCounts(int couples, int turns) {}

  @Inject RoomCouples couples;
  @Inject CoupleRoomRepository rows;
  @Inject LiveRepository sessions;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** I speak first (a second tap, or my partner's at the same moment, finds the floor taken). */
  public void speakFirst(long sessionId, long activityId) {
    LiveSession session = couples.asParticipant(sessionId);
    LiveActivity activity = couples.onScreen(session, activityId, ActivityKind.FLOOR);
    RoomUnit unit = couples.myUnit(session);
    if (unit.solo()) {
      throw new Refusal("live.floor.needsTwo");
    }
    sessions.findLocked(sessionId);
    if (rows.floor(activity.getId(), unit.key()).isEmpty()) {
      rows.add(new LiveFloor(activity.getId(), unit.key(), unit.me(), clock.instant()));
      couples.tell(session, unit);
    }
  }

  /**
   * I pass the floor to my partner. {@code turn} is the turn my screen showed: a second tap on an
   * old screen changes nothing.
   */
  public void pass(long sessionId, long activityId, int turn) {
    LiveSession session = couples.asParticipant(sessionId);
    LiveActivity activity = couples.onScreen(session, activityId, ActivityKind.FLOOR);
    RoomUnit unit = couples.myUnit(session);
    LiveFloor floor =
        rows.floor(activity.getId(), unit.key())
            .orElseThrow(() -> new Refusal("live.floor.notStarted"));
    em.lock(floor, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(floor);
    if (floor.getTurns() != turn || floor.getHolderId() != unit.me()) {
      return;
    }
    floor.passTo(unit.partner(), clock.instant());
    couples.tell(session, unit);
  }

  public Optional<FloorView> mine(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    return mine(couples.myUnit(session), couples.current(session));
  }

  Optional<FloorView> mine(RoomUnit unit, LiveActivity activity) {
    if (activity == null || activity.getKind() != ActivityKind.FLOOR) {
      return Optional.empty();
    }
    FloorPrompts prompts = FloorPrompts.of(activity.getOptions());
    Optional<LiveFloor> floor = rows.floor(activity.getId(), unit.key());
    return Optional.of(
        new FloorView(
            activity.getId(),
            unit.solo(),
            floor.isPresent(),
            floor.map(f -> f.getHolderId() == unit.me()).orElse(false),
            floor.map(LiveFloor::getTurns).orElse(0),
            floor.map(f -> f.getHolderSince().toEpochMilli()).orElse(0L),
            prompts.speaker(),
            prompts.listener()));
  }

  FloorCounts counts(LiveActivity activity) {
    List<LiveFloor> floors = rows.floors(activity.getId());
    return new FloorCounts(floors.size(), floors.stream().mapToInt(LiveFloor::getTurns).sum());
  }
}
