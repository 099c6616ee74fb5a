package org.pawprints.live.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.live.domain.SessionState;

/** The room's shared part is read once per version, and a new version reads it again. */
class SharedRoomsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  /** Counts agenda reads; the agenda is a slide and a poll. */
  static final class CountingRepository extends LiveRepository {
    int reads;
    String slideBody = "Some **words**";

    @Override
    public List<LiveActivity> agenda(long sessionId) {
      reads++;
      return List.of(
          identified(
              new LiveActivity(sessionId, 0, draft(ActivityKind.SLIDE, slideBody, List.of())), 1),
          identified(
              new LiveActivity(sessionId, 1, draft(ActivityKind.POLL, null, List.of("Yes", "No"))),
              2));
    }
  }

  @Test
  void one_read_per_version_and_a_new_version_reads_again() throws Exception {
    CountingRepository repository = new CountingRepository();
    SharedRooms rooms = new SharedRooms();
    rooms.sessions = repository;
    LiveSession session = running(7L);

    SharedRooms.Shared first = rooms.of(session);
    for (int phone = 0; phone < 999; phone++) {
      assertSame(first, rooms.of(session));
    }
    assertEquals(1, repository.reads);
    assertEquals(ActivityKind.SLIDE, first.onScreen().kind());
    assertTrue(first.onScreen().bodyHtml().contains("<strong>words</strong>"));
    assertEquals(2, first.agendaSize());

    // The facilitator moves on: the version moves, and the next phone reads the agenda again.
    repository.slideBody = "changed";
    session.show(1, true, null, NOW);
    SharedRooms.Shared second = rooms.of(session);
    assertEquals(2, repository.reads);
    assertEquals(session.getVersion(), second.version());
    assertTrue(second.shows(ActivityKind.POLL));
    assertEquals(List.of("Yes", "No"), second.onScreen().options());
  }

  @Test
  void between_activities_nothing_is_on_screen() throws Exception {
    SharedRooms rooms = new SharedRooms();
    rooms.sessions = new CountingRepository();
    LiveSession session = new LiveSession(3L, "ABC123", NOW);
    identify(session, 8L);

    assertNull(rooms.of(session).onScreen());
    assertFalse(rooms.of(session).shows(ActivityKind.SLIDE));
  }

  private static LiveSession running(long id) throws Exception {
    LiveSession session = new LiveSession(3L, "ABC123", NOW);
    identify(session, id);
    session.moveTo(SessionState.RUNNING);
    session.show(0, false, null, NOW);
    return session;
  }

  private static void identify(LiveSession session, long id) throws Exception {
    Field field = LiveSession.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(session, id);
  }

  /** An activity with the id the database would give it. */
  static LiveActivity identified(LiveActivity activity, long id) {
    try {
      Field field = LiveActivity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(activity, id);
      return activity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ActivityDraft draft(ActivityKind kind, String body, List<String> options) {
    PollChoice choice = kind == ActivityKind.POLL ? PollChoice.SINGLE : null;
    return new ActivityDraft(kind, "A " + kind, body, choice, null, options, Set.of(), null, 5);
  }
}
