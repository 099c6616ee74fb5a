package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.platform.refusal.Refusal;

/**
 * A session's agenda for its facilitators: add, edit, remove and reorder activities. Changes are
 * allowed while the session runs (a facilitator adapts to the room); the activity on screen stays
 * on screen wherever it moves, and cannot be removed while shown.
 */
@ApplicationScoped
@Transactional
public class Agendas {

  public static final int MAX_ACTIVITIES = 60;

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject Event<LiveChanged> changed;

  /** The agenda with every detail (notes and right answers included): facilitators only. */
  public List<ActivityDraft> agenda(long sessionId) {
    access.toWatch(sessionId);
    return sessions.agenda(sessionId).stream().map(LiveActivity::draft).toList();
  }

  public String title(long sessionId) {
    return access.toWatch(sessionId).getTitle();
  }

  public void add(long sessionId, ActivityDraft draft) {
    LiveSession session = access.toControl(sessionId);
    session.requireNotEnded();
    ActivityDraft checked = draft.checked();
    List<LiveActivity> agenda = sessions.agenda(sessionId);
    if (agenda.size() >= MAX_ACTIVITIES) {
      throw new Refusal("live.agenda.full", MAX_ACTIVITIES);
    }
    sessions.add(new LiveActivity(sessionId, agenda.size(), checked));
    done(session);
  }

  public void update(long sessionId, int position, ActivityDraft draft) {
    LiveSession session = access.toControl(sessionId);
    session.requireNotEnded();
    at(sessionId, position).apply(draft.checked());
    done(session);
  }

  public void remove(long sessionId, int position) {
    LiveSession session = access.toControl(sessionId);
    session.requireNotEnded();
    if (position == session.getCurrentPosition()) {
      throw new Refusal("live.agenda.onScreen");
    }
    List<LiveActivity> agenda = new ArrayList<>(sessions.agenda(sessionId));
    LiveActivity gone = at(sessionId, position);
    LiveActivity current = current(session, agenda);
    agenda.remove(gone);
    sessions.remove(gone);
    renumber(session, agenda, current);
  }

  /** Moves an activity one place up ({@code -1}) or down ({@code +1}). */
  public void move(long sessionId, int position, int delta) {
    LiveSession session = access.toControl(sessionId);
    session.requireNotEnded();
    List<LiveActivity> agenda = new ArrayList<>(sessions.agenda(sessionId));
    int target = position + delta;
    if (position < 0 || position >= agenda.size() || target < 0 || target >= agenda.size()) {
      throw new Refusal("live.noSuchActivity");
    }
    LiveActivity current = current(session, agenda);
    agenda.add(target, agenda.remove(position));
    renumber(session, agenda, current);
  }

  private void renumber(LiveSession session, List<LiveActivity> agenda, LiveActivity current) {
    for (int i = 0; i < agenda.size(); i++) {
      agenda.get(i).moveTo(i);
    }
    if (current != null) {
      session.follow(agenda.indexOf(current));
    }
    done(session);
  }

  private void done(LiveSession session) {
    session.changed();
    changed.fire(new LiveChanged(session.getId(), session.getVersion(), false));
  }

  private LiveActivity at(long sessionId, int position) {
    List<LiveActivity> agenda = sessions.agenda(sessionId);
    if (position < 0 || position >= agenda.size()) {
      throw new Refusal("live.noSuchActivity");
    }
    return agenda.get(position);
  }

  private static LiveActivity current(LiveSession session, List<LiveActivity> agenda) {
    int at = session.getCurrentPosition();
    return at >= 0 && at < agenda.size() ? agenda.get(at) : null;
  }
}
