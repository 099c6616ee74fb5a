package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.CoupleRoomRepository;
import org.pawprints.live.domain.HelperLabel;
import org.pawprints.live.domain.LiveHelperCall;
import org.pawprints.live.domain.LivePause;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.refusal.Refusal;

/**
 * Care in the room. A couple pause: either partner pauses privately (20 minutes unless they choose
 * otherwise); both phones show a calm timer and the return time; the facilitator learns only how
 * many couples are paused; coming back (any time) lands on the current activity. Ask for a helper:
 * the couple types its table or room label; the facilitator sees the label and nothing else, and
 * marks the call done.
 */
@ApplicationScoped
@Transactional
public class CoupleCare {

  public static final int DEFAULT_PAUSE_MINUTES = 20;
  public static final int MAX_PAUSE_MINUTES = 60;

  /** My couple's care as my phone shows it. */
  public record CareView(
      boolean paused,
      long pausedUntil,
      String returnTime,
      boolean helperAsked,
      String helperLabel) {}

  /** A helper call as the facilitator sees it: the label the couple typed, when. */
  public record HelperLine(long id, String label, String askedAt) {}

  @Inject RoomCouples couples;
  @Inject CoupleRoomRepository rows;
  @Inject LiveRepository sessions;
  @Inject LiveAccess access;
  @Inject CohortRepository cohorts;
  @Inject Event<LiveChanged> staffChanged;

  Clock clock = Clock.systemUTC();

  public void pause(long sessionId, int minutes) {
    LiveSession session = open(sessionId);
    if (minutes < 1 || minutes > MAX_PAUSE_MINUTES) {
      throw new Refusal("live.pause.minutes", MAX_PAUSE_MINUTES);
    }
    RoomUnit unit = couples.myUnit(session);
    Instant until = clock.instant().plus(Duration.ofMinutes(minutes));
    sessions.findLocked(sessionId);
    rows.pause(sessionId, unit.key())
        .ifPresentOrElse(
            p -> p.until(until), () -> rows.add(new LivePause(sessionId, unit.key(), until)));
    couples.tell(session, unit);
  }

  /** We are back: both phones show the activity on screen again. */
  public void resume(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    RoomUnit unit = couples.myUnit(session);
    rows.pause(sessionId, unit.key()).ifPresent(rows::remove);
    couples.tell(session, unit);
  }

  public void askForHelper(long sessionId, String typedLabel) {
    LiveSession session = open(sessionId);
    String label = HelperLabel.checked(typedLabel);
    RoomUnit unit = couples.myUnit(session);
    Instant now = clock.instant();
    sessions.findLocked(sessionId);
    rows.helperCall(sessionId, unit.key())
        .ifPresentOrElse(
            c -> c.ask(label, now),
            () -> rows.add(new LiveHelperCall(sessionId, unit.key(), label, now)));
    couples.tell(session, unit);
  }

  /** We no longer need a helper. */
  public void cancelHelper(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    RoomUnit unit = couples.myUnit(session);
    rows.helperCall(sessionId, unit.key()).ifPresent(c -> c.done(clock.instant()));
    couples.tell(session, unit);
  }

  /** The facilitator went over: the call leaves the list (and the couple's phones). */
  public void helperDone(long sessionId, long callId) {
    LiveSession session = access.toControl(sessionId);
    LiveHelperCall call =
        rows.helperCall(callId)
            .filter(c -> c.getSessionId() == sessionId)
            .orElseThrow(LiveAccess::notYours);
    call.done(clock.instant());
    session.changed();
    staffChanged.fire(new LiveChanged(sessionId, session.getVersion(), false));
  }

  public CareView mine(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    return mine(session, couples.myUnit(session));
  }

  CareView mine(LiveSession session, RoomUnit unit) {
    long sessionId = session.getId();
    Instant now = clock.instant();
    var pause = rows.pause(sessionId, unit.key()).filter(p -> p.isPaused(now));
    var call = rows.helperCall(sessionId, unit.key()).filter(LiveHelperCall::isOpen);
    // The cohort's time zone only for a pause's return time: every phone's refresh reads this, and
    // most of them are not paused (one query less per refresh).
    return new CareView(
        pause.isPresent(),
        pause.map(p -> p.getPausedUntil().toEpochMilli()).orElse(0L),
        pause.map(p -> clockTime(p.getPausedUntil(), zone(session))).orElse(""),
        call.isPresent(),
        call.map(LiveHelperCall::getLabel).orElse(null));
  }

  /**
   * The units paused now: couples ({@code c} keys) and people on their own ({@code p} keys, a solo
   * participant), counted apart so the control screen can word them right; never who.
   */
  PausedCounts pausedCounts(LiveSession session) {
    Instant now = clock.instant();
    List<String> paused =
        rows.pauses(session.getId()).stream()
            .filter(p -> p.isPaused(now))
            .map(LivePause::getUnitKey)
            .toList();
    int couples = (int) paused.stream().filter(key -> key.startsWith("c")).count();
    return new PausedCounts(couples, paused.size() - couples);
  }

  /** How many couples and how many people on their own are paused. */
  public record PausedCounts(int couples, int people) {}

  List<HelperLine> helperCalls(LiveSession session) {
    ZoneId zone = zone(session);
    return rows.openHelperCalls(session.getId()).stream()
        .map(c -> new HelperLine(c.getId(), c.getLabel(), clockTime(c.getAskedAt(), zone)))
        .toList();
  }

  private LiveSession open(long sessionId) {
    LiveSession session = couples.asParticipant(sessionId);
    if (session.getState() != SessionState.LOBBY && session.getState() != SessionState.RUNNING) {
      throw new Refusal("live.notRunning");
    }
    return session;
  }

  private ZoneId zone(LiveSession session) {
    return cohorts
        .find(session.getCohortId())
        .map(c -> ZoneId.of(c.getTimeZone()))
        .orElse(ZoneId.of("UTC"));
  }

  private static String clockTime(Instant at, ZoneId zone) {
    return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
  }
}
