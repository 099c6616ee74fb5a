package org.pawprints.live.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.live.application.ControlState;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;

/**
 * The facilitator's control screen (/facilitate/live-control.xhtml?session=N). It keeps no state of
 * its own: every button calls the service and reads the session back, so a second device, a reload
 * or a restart shows the same.
 */
@Named
@ViewScoped
public class LiveControlPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LiveControl control;
  @Inject transient LiveStates states;
  @Inject transient LiveRoom room;
  @Inject transient LiveFeedback feedback;
  @Inject transient AccessPolicy access;

  private Long session;
  private transient ControlState state;
  private int timerMinutes = 5;

  public void load() throws IOException {
    if (session == null) {
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

  public void refresh() {
    feedback.attempt(this::reload);
  }

  public void openLobby() {
    act(() -> control.openLobby(session));
  }

  public void start() {
    act(() -> control.start(session));
  }

  public void next() {
    act(() -> control.next(session));
  }

  public void back() {
    act(() -> control.back(session));
  }

  public void jump(int position) {
    act(() -> control.jump(session, position));
  }

  public void openAnswers() {
    act(() -> control.openAnswers(session));
  }

  public void lockAnswers() {
    act(() -> control.lockAnswers(session));
  }

  public void reveal() {
    act(() -> control.reveal(session));
  }

  public void hideResults() {
    act(() -> control.hideResults(session));
  }

  public void startTimer() {
    act(() -> control.startTimer(session, timerMinutes));
  }

  public void extendTimer() {
    act(() -> control.extendTimer(session, 1));
  }

  public void endTimer() {
    act(() -> control.endTimer(session));
  }

  public void end() {
    act(() -> control.end(session));
  }

  public void approve(long answer) {
    act(() -> control.approve(session, answer));
  }

  public void hide(long answer) {
    act(() -> control.hide(session, answer));
  }

  private void act(Runnable action) {
    feedback.attempt(action);
    feedback.attempt(this::reload);
  }

  private void reload() {
    state = states.control(session);
  }

  public ControlState getState() {
    if (state == null && session != null) {
      reload();
    }
    return state;
  }

  public Long getPushUser() {
    return access.viewer().personId();
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public int getTimerMinutes() {
    return timerMinutes;
  }

  public void setTimerMinutes(int timerMinutes) {
    this.timerMinutes = timerMinutes;
  }
}
