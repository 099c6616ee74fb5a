package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.live.application.ControlState;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.BuiltOnce;
import org.pawprints.platform.web.FacesPages;

/**
 * The facilitator's control screen (/facilitate/live-control.xhtml?session=N). It keeps no state of
 * its own: every button calls the service and reads the session back, so a second device, a reload
 * or a restart shows the same.
 *
 * <p>Nor does the server keep its view between requests (a stateless view, as a phone's): a
 * facilitator who opens the agenda, the summary and the cohort during a session must never find
 * "page expired" under the next tap. The session travels in the address its forms post to ({@code
 * StatelessViewAddress}); the timer's minutes travel with the timer's button.
 */
@Named
@RequestScoped
public class LiveControlPage {

  @Inject LiveControl control;
  @Inject LiveStates states;
  @Inject LiveRoom room;
  @Inject LiveFeedback feedback;
  @Inject AccessPolicy access;

  private Long session;
  private boolean sessionLookedUp;
  private ControlState state;

  /** What the timer's field says when this request did not send it. */
  private static final int DEFAULT_TIMER_MINUTES = 5;

  private Integer timerMinutes;

  public void load() throws IOException {
    if (getSession() == null) {
      FacesPages.notFound();
      return;
    }
    try {
      state = states.control(session);
      // Staff watching are recorded as present, so that every push reaches them (an
      // administrator is not among the cohort's facilitators).
      room.here(session);
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  /** A push or the screen coming back into view: the room read again, the tree kept (see act). */
  public void refresh() {
    BuiltOnce.keepTree();
    feedback.attempt(this::reload);
  }

  public void openLobby() {
    act(() -> control.openLobby(getSession()));
  }

  public void start() {
    act(() -> control.start(getSession()));
  }

  public void next() {
    act(() -> control.next(getSession()));
  }

  public void back() {
    act(() -> control.back(getSession()));
  }

  public void jump(int position) {
    act(() -> control.jump(getSession(), position));
  }

  public void openAnswers() {
    act(() -> control.openAnswers(getSession()));
  }

  public void lockAnswers() {
    act(() -> control.lockAnswers(getSession()));
  }

  public void reveal() {
    act(() -> control.reveal(getSession()));
  }

  public void hideResults() {
    act(() -> control.hideResults(getSession()));
  }

  public void startTimer() {
    act(() -> control.startTimer(getSession(), timerMinutes));
  }

  public void extendTimer() {
    act(() -> control.extendTimer(getSession(), 1));
  }

  public void endTimer() {
    act(() -> control.endTimer(getSession()));
  }

  public void end() {
    act(() -> control.end(getSession()));
  }

  public void approve(long answer) {
    act(() -> control.approve(getSession(), answer));
  }

  public void hide(long answer) {
    act(() -> control.hide(getSession(), answer));
  }

  /**
   * Runs a facilitator's action, then reads the room again. The control screen builds every part of
   * its tree whatever the room's state (each part chooses with {@code rendered=}, never with a
   * {@code c:if}: {@code ControlScreenBuildsOnceTest}), so the tree built while restoring the view
   * is the one to render after any action, and Faces' second apply of the page is skipped ({@link
   * BuiltOnce}; docs/performance.md, session 21).
   */
  private void act(Runnable action) {
    BuiltOnce.keepTree();
    feedback.attempt(action);
    feedback.attempt(this::reload);
  }

  private void reload() {
    state = states.control(getSession());
  }

  public ControlState getState() {
    if (state == null && getSession() != null) {
      reload();
    }
    return state;
  }

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
      session = RequestIds.named("session");
    }
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  /**
   * The timer's minutes: as the facilitator sent them with the timer's button, else the current
   * activity's planned minutes from the agenda (the screen keeps nothing between requests).
   */
  public int getTimerMinutes() {
    if (timerMinutes != null) {
      return timerMinutes;
    }
    ControlState shown = getState();
    if (shown == null) {
      return DEFAULT_TIMER_MINUTES;
    }
    return shown.agenda().stream()
        .filter(ControlState.AgendaLine::current)
        .mapToInt(ControlState.AgendaLine::minutes)
        .filter(minutes -> minutes >= 1 && minutes <= 120)
        .findFirst()
        .orElse(DEFAULT_TIMER_MINUTES);
  }

  public void setTimerMinutes(int timerMinutes) {
    this.timerMinutes = timerMinutes;
  }
}
