package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pawprints.identity.application.AccessDeniedException;
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
 * <p>The page is a stateless view: a phone keeps no Faces view and no bean on the server between
 * requests, so it never meets "page expired", however many other pages its person opens meanwhile
 * (a session keeps the views of its last 10 pages only), and it can be served by any server of a
 * cluster. What a request needs comes with it: the session in the address its forms post to ({@code
 * StatelessViewAddress}), the activity a tap answered in the tap itself ({@link #SHOWN}), and when
 * the screen last said "here" from {@link ScreensHere}.
 *
 * <p>The state is read once per request, at its first use (when a postback builds the page, so that
 * the page builds only the components of what is on screen: its {@code c:if}s), and again only
 * after an answer. A refresh renders the state it read. The couple's side, the reaction buttons and
 * the questions are read with it, in one transaction ({@link MyRooms}), and handed to their beans
 * for this request; an action of theirs (an upvote, a couple's tap) still reads them again.
 */
@Named
@RequestScoped
public class ParticipantLive {

  /** The request parameter with the activity that the screen showed when an answer was tapped. */
  static final String SHOWN = "shown";

  /** The client id of the refresh's remote command (live-sync.xhtml). */
  private static final String REFRESH_SOURCE = "sync:refresh";

  /** The request parameter naming the session (the page's view parameter). */
  private static final String SESSION = "session";

  @Inject LiveRoom room;
  @Inject MyRooms rooms;
  @Inject CoupleLive couple;
  @Inject LiveReactionsPage reactions;
  @Inject LiveQuestionsPage questions;
  @Inject LiveFeedback feedback;
  @Inject AccessPolicy access;
  @Inject ScreensHere screens;

  /** Half of LiveRoom.SEEN_EVERY: a screen that refreshes is never seen as gone. */
  private static final long HERE_EVERY_MS = 10_000;

  private Long session;
  private boolean sessionLookedUp;
  private RoomState state;

  private String text;
  private List<String> chosen = new ArrayList<>();

  public void load() throws IOException {
    if (getSession() == null) {
      FacesPages.notFound();
      return;
    }
    try {
      here();
      reload();
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
   * After one of my own taps elsewhere on the page (a couple's pause): the state, read once in this
   * request. The tree is applied again before rendering, so a tap that moved the screen renders it.
   */
  void catchUp() {
    feedback.attempt(
        () -> {
          here();
          getState();
        });
  }

  /**
   * A tap on an option or a number: which one travels with the tap ({@code choice}), as the
   * activity it answers does. The buttons are plain markup that one remote command sends (a
   * PrimeFaces button per option cost a tenth of every phone's refresh to draw). A choice that is
   * missing, not a number or not one of the activity's is refused by the room, never counted.
   */
  public void chooseTapped() {
    Long option = RequestIds.named("choice");
    if (option != null && option >= 0 && option <= Integer.MAX_VALUE) {
      answer(String.valueOf(option));
    }
  }

  public void sendChosen() {
    answer(String.join(",", chosen));
  }

  public void sendText() {
    answer(text);
  }

  /**
   * Answers the activity that the screen showed when the tap was made (it travels with the tap),
   * not whatever is on screen now: a tap that crossed the facilitator's "next" is refused with a
   * message rather than counted for the next activity. A tap without it answers nothing.
   */
  private void answer(String content) {
    getState();
    Long activity = RequestIds.named(SHOWN);
    if (activity == null) {
      return;
    }
    feedback.attempt(() -> room.answer(getSession(), activity, content));
    reload();
  }

  private void reload() {
    MyRoom mine = rooms.read(getSession());
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

  /**
   * The state this request shows, read at its first use in the request. A person who may no longer
   * be in the room (taken out of the cohort while the page was open) is sent where a reload would
   * send them: the page that says it is not theirs.
   */
  public RoomState getState() {
    if (state == null && getSession() != null) {
      try {
        reload();
      } catch (Refusal notYours) {
        throw new AccessDeniedException("not in this live session any more");
      }
    }
    return state;
  }

  private void here() {
    long me = access.viewer().personId();
    long id = getSession();
    if (screens.due(id, me, System.currentTimeMillis(), HERE_EVERY_MS)) {
      try {
        room.here(id);
      } catch (RuntimeException notWritten) {
        screens.forget(id, me);
        throw notWritten;
      }
    }
  }

  /**
   * Whether this request is the page's refresh (the sync form's remote command), which redraws the
   * live area only: the page then skips building what lies outside it (the question form).
   */
  public boolean isRefreshing() {
    return FacesContext.getCurrentInstance().isPostback()
        && REFRESH_SOURCE.equals(RequestIds.text("jakarta.faces.source"));
  }

  /** Whom this page's socket belongs to: pushes are sent to people, never to a typed channel. */
  public Long getPushUser() {
    return access.viewer().personId();
  }

  /**
   * The session on screen: set by the page's view parameter on opening it, and read from the
   * address on a postback, where the page is built before any view parameter is applied.
   */
  public Long getSession() {
    if (session == null && !sessionLookedUp) {
      sessionLookedUp = true;
      session = RequestIds.named(SESSION);
    }
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
