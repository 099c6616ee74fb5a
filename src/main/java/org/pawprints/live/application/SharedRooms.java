package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;

/**
 * What every screen of a session shares at one version, worked out once per version instead of once
 * per phone: the activity on screen as the room sees it (its Markdown already made safe HTML) and
 * the agenda's length. After a push, a thousand phones ask for the same version within a second;
 * the first one reads the agenda, the others reuse it.
 *
 * <p>The database stays the truth: the caller has read the session row (its version) in its own
 * transaction, and an entry is used only for exactly that version. Every change to what is shared
 * (the agenda, the position) bumps the version, so an older entry is simply never asked for again,
 * and a second server (a cluster later) has its own entries and reloads on a miss. Nothing personal
 * is kept here: my answer and my couple are read for each request.
 */
@ApplicationScoped
public class SharedRooms {

  /** More sessions than any server runs at once; past it, forgetting all costs one read each. */
  private static final int MOST_SESSIONS = 500;

  @Inject LiveRepository sessions;
  @PersistenceContext EntityManager em;

  private final Map<Long, Shared> latest = new ConcurrentHashMap<>();

  /**
   * The shared part of a session at the version the caller read.
   *
   * @param onScreen the activity on screen (null between activities or when the position is past
   *     the agenda), without notes or right answers
   */
  public record Shared(long sessionId, long version, ActivityView onScreen, int agendaSize) {

    public boolean shows(ActivityKind kind) {
      return onScreen != null && onScreen.kind() == kind;
    }
  }

  /** The shared part for the session as the caller's transaction read it. */
  public Shared of(LiveSession session) {
    Shared known = latest.get(session.getId());
    if (known != null && known.version() == session.getVersion()) {
      return known;
    }
    List<LiveActivity> agenda = sessions.agenda(session.getId());
    int at = session.getCurrentPosition();
    Shared fresh =
        new Shared(
            session.getId(),
            session.getVersion(),
            at >= 0 && at < agenda.size() ? ActivityView.of(agenda.get(at), at) : null,
            agenda.size());
    if (latest.size() >= MOST_SESSIONS) {
      latest.clear();
    }
    // Two versions read at once: the newer one stays.
    latest.merge(session.getId(), fresh, (old, neu) -> neu.version() >= old.version() ? neu : old);
    return fresh;
  }

  /**
   * The activity on screen as an entity (for rules that need more than the room's view: right
   * answers, prompts), read by its id only when the shared part says it is of this kind; else null.
   */
  public LiveActivity onScreen(LiveSession session, ActivityKind kind) {
    Shared shared = of(session);
    return shared.shows(kind) ? em.find(LiveActivity.class, shared.onScreen().id()) : null;
  }
}
