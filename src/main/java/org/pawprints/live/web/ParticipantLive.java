package org.pawprints.live.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.MyRooms;
import org.pawprints.live.application.MyRooms.MyRoom;
import org.pawprints.live.application.RoomState;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.BuiltOnce;
import org.pawprints.platform.web.FacesPages;

/**
 * A participant's phone in a live session (/my/live.xhtml?session=N): the activity on screen, a way
 * to answer it (changeable until locked), a calm waiting state otherwise. Coming in records
 * presence; every refresh (a push, the page becoming visible again) reads the state afresh.
 *
 * <p>The state is read once per request, at its first use (when the request restores the view, so
 * that the page builds only the components of what is on screen: its {@code c:if}s), and again only
 * after an answer. A refresh renders the state it read. The couple's side, the reaction buttons and
 * the questions are read with it, in one transaction ({@link MyRooms}), and handed to their beans
 * for this request; an action of theirs (an upvote, a couple's tap) still reads them again.
 */
@Named
@ViewScoped
public class ParticipantLive implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LiveRoom room;
  @Inject transient MyRooms rooms;
  @Inject transient CoupleLive couple;
  @Inject transient LiveReactionsPage reactions;
  @Inject transient LiveQuestionsPage questions;
  @Inject transient LiveFeedback feedback;
  @Inject transient AccessPolicy access;

  /** Marks, in the request's FacesContext, that this request has read the state. */
  private static final String READ_THIS_REQUEST = ParticipantLive.class.getName() + ".read";

  /** Half of LiveRoom.SEEN_EVERY: a screen that refreshes is never seen as gone. */
  private static final long HERE_EVERY_MS = 10_000;

  private Long session;
  private transient RoomState state;

  /** The activity this screen showed before this request (what a tap on an answer meant). */
  private transient Long shownBefore;

  /** Why this request could not read the state, told by {@link #refresh}. */
  private transient Refusal refused;

  /**
   * When this screen last said "still here" (epoch millis). The presence row needs a touch only
   * every 20 s (LiveRoom.SEEN_EVERY), and a push makes every phone refresh: skipping the touch in
   * between saves each refresh a transaction. The access check stays on every request (reading the
   * state checks it).
   */
  private transient long hereAt;

  private String text;
  private List<String> chosen = new ArrayList<>();

  public void load() throws IOException {
    if (session == null) {
      FacesPages.notFound();
      return;
    }
    try {
      here();
      reload();
      markRead();
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  /**
   * A push or the page coming back into view (live.js's remoteCommand): the state as the database
   * has it now, already read when this request built the view (reading it again here could render a
   * newer state into a tree built for the older one). The tree built then is the one to render, so
   * Faces' second apply of the page before rendering is skipped ({@link BuiltOnce}).
   */
  public void refresh() {
    BuiltOnce.keepTree();
    catchUp();
  }

  /**
   * After one of my own taps elsewhere on the page (a couple's pause): the state, and the refusal
   * if any. The tree is applied again before rendering, so a tap that moved the screen renders it.
   */
  void catchUp() {
    feedback.attempt(
        () -> {
          here();
          getState();
          if (refused != null) {
            throw refused;
          }
        });
  }

  public void choose(int option) {
    answer(String.valueOf(option));
  }

  public void sendChosen() {
    answer(String.join(",", chosen));
  }

  public void sendText() {
    answer(text);
  }

  private void answer(String content) {
    getState();
    Long activity = shownBefore;
    if (activity == null) {
      return;
    }
    feedback.attempt(() -> room.answer(session, activity, content));
    reload();
  }

  private void reload() {
    MyRoom mine = rooms.read(session);
    state = mine.state();
    couple.readWith(mine.couple());
    reactions.readWith(mine.reactionsOpen());
    questions.readWith(mine.questions());
    mirrorMyAnswer();
  }

  /** The form fields start from my saved answer (my open text, my ticked options). */
  private void mirrorMyAnswer() {
    boolean open = state.activity() != null && state.activity().kindName().equals("OPEN_QUESTION");
    text = open ? state.myAnswer() : null;
    chosen = new ArrayList<>();
    if (!open && state.myAnswer() != null) {
      chosen.addAll(List.of(state.myAnswer().split(",")));
    }
  }

  /** The options of a multiple-choice poll as check boxes, valued by their index. */
  public List<SelectItem> getOptionItems() {
    List<SelectItem> items = new ArrayList<>();
    List<String> options = getState().activity().options();
    for (int i = 0; i < options.size(); i++) {
      items.add(new SelectItem(String.valueOf(i), options.get(i)));
    }
    return items;
  }

  /** The state this request shows, read at its first use in the request. */
  public RoomState getState() {
    boolean firstUse = markRead();
    if (session != null && (firstUse || state == null)) {
      RoomState before = state;
      refused = null;
      try {
        reload();
        shownBefore = activityOf(before == null ? state : before);
      } catch (Refusal notNow) {
        if (before == null) {
          throw notNow;
        }
        // The screen keeps what it showed; refresh() tells the person why.
        refused = notNow;
        shownBefore = activityOf(before);
      }
    }
    return state;
  }

  private void here() {
    long now = System.currentTimeMillis();
    if (now - hereAt >= HERE_EVERY_MS) {
      room.here(session);
      hereAt = now;
    }
  }

  /** Marks this request as having read the state; false if it already had. */
  private static boolean markRead() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null
        || faces.getAttributes().putIfAbsent(READ_THIS_REQUEST, Boolean.TRUE) == null;
  }

  private static Long activityOf(RoomState shown) {
    return shown.activity() == null ? null : shown.activity().id();
  }

  /** Whom this page's socket belongs to: pushes are sent to people, never to a typed channel. */
  public Long getPushUser() {
    return access.viewer().personId();
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }
}
