package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LivePresence;
import org.pawprints.live.domain.LiveReaction;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveRoomSetting;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.ReactionKind;
import org.pawprints.live.domain.SessionState;
import org.pawprints.platform.refusal.Refusal;

/**
 * Reactions during slides: a participant taps one of a considerate set ({@link ReactionKind}), at
 * most {@link #MAX_PER_MINUTE} a minute; the facilitator can switch them off (and on) at any time;
 * the presenter and the control screen show how many of each the slide received, never who. A
 * reaction tells only the facilitators' screens (a staff push); the switch moves the session's
 * version, so every phone shows or hides its buttons.
 */
@ApplicationScoped
@Transactional
public class LiveReactions {

  public static final int MAX_PER_MINUTE = 10;

  @Inject LiveAccess access;
  @Inject SharedRooms rooms;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject LiveRoom room;
  @Inject Event<LiveChanged> changed;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public void react(long sessionId, ReactionKind kind) {
    if (kind == null) {
      throw new Refusal("live.reaction.notNow");
    }
    LiveSession session = access.toJoin(sessionId);
    long me = access.me();
    if (!cohorts.isMember(session.getCohortId(), me)) {
      throw new Refusal("live.question.participantsOnly");
    }
    LiveActivity slide = slideOnScreen(session);
    if (slide == null) {
      throw new Refusal("live.reaction.notNow");
    }
    if (!on(sessionId)) {
      throw new Refusal("live.reaction.off");
    }
    room.here(sessionId);
    LivePresence presence = sessions.presence(sessionId, me).orElseThrow(LiveAccess::notYours);
    em.lock(presence, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    long lastMinute =
        em.createNamedQuery("LiveReaction.mineSince", Long.class)
            .setParameter("session", sessionId)
            .setParameter("person", me)
            .setParameter("since", now.minus(Duration.ofMinutes(1)))
            .getSingleResult();
    if (lastMinute >= MAX_PER_MINUTE) {
      throw new Refusal("live.reaction.tooMany", MAX_PER_MINUTE);
    }
    sessions.add(new LiveReaction(sessionId, slide.getId(), me, kind, now));
    changed.fire(new LiveChanged(sessionId, session.getVersion(), true));
  }

  /** The facilitator's switch. */
  public void switchReactions(long sessionId, boolean on) {
    LiveSession session = access.toControl(sessionId);
    LiveRoomSetting setting = em.find(LiveRoomSetting.class, sessionId);
    if (setting == null) {
      sessions.add(new LiveRoomSetting(sessionId, on));
    } else {
      setting.reactions(on);
    }
    session.changed();
    changed.fire(new LiveChanged(sessionId, session.getVersion(), false));
  }

  /** Whether my phone shows the reaction buttons now: a slide on screen, reactions on. */
  public boolean open(long sessionId) {
    LiveSession session = access.toJoin(sessionId);
    // Whether a slide is on screen: the room's shared part says so without reading it.
    return session.getState() == SessionState.RUNNING
        && rooms.of(session).shows(ActivityKind.SLIDE)
        && on(sessionId);
  }

  /** Whether reactions are on (the control screen's switch). */
  public boolean switchedOn(long sessionId) {
    access.toWatch(sessionId);
    return on(sessionId);
  }

  /** How many of each the slide on screen received (kinds with none left out). */
  public List<ReactionCount> counts(long sessionId) {
    LiveSession session = access.toWatch(sessionId);
    LiveActivity slide = slideOnScreen(session);
    if (slide == null || !on(sessionId)) {
      return List.of();
    }
    Map<ReactionKind, Long> counts = new EnumMap<>(ReactionKind.class);
    em.createNamedQuery("LiveReaction.counts", Object[].class)
        .setParameter("activity", slide.getId())
        .getResultList()
        .forEach(r -> counts.put((ReactionKind) r[0], (Long) r[1]));
    List<ReactionCount> shown = new ArrayList<>();
    counts.forEach((k, n) -> shown.add(new ReactionCount(k.name(), k.emoji(), n)));
    return shown;
  }

  private boolean on(long sessionId) {
    LiveRoomSetting setting = em.find(LiveRoomSetting.class, sessionId);
    return setting == null || setting.isReactionsOn();
  }

  private LiveActivity slideOnScreen(LiveSession session) {
    if (session.getState() != SessionState.RUNNING) {
      return null;
    }
    return rooms.onScreen(session, ActivityKind.SLIDE);
  }
}
