package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.live.application.CoupleCare;
import org.pawprints.live.application.CoupleConsent;
import org.pawprints.live.application.CoupleControlState;
import org.pawprints.live.application.CoupleStates;

/**
 * The couples on the facilitator's screens: counts for the exercise or the floor on screen, offers
 * to show, "N couples paused", helper calls to mark done (control), and the couples' words shown to
 * the room (presenter). Read afresh on every request, like the rest of the control screen.
 */
@Named
@RequestScoped
public class CoupleControl {

  @Inject LiveControlPage control;
  @Inject LivePresenter presenter;
  @Inject CoupleStates states;
  @Inject CoupleConsent consent;
  @Inject CoupleCare care;
  @Inject LiveFeedback feedback;

  private CoupleControlState state;
  private List<String> shown;

  public CoupleControlState getState() {
    if (state == null && control.getSession() != null) {
      state = states.control(control.getSession());
    }
    return state;
  }

  public List<String> getShown() {
    if (shown == null && presenter.getSession() != null) {
      shown = states.shownToRoom(presenter.getSession());
    }
    return shown;
  }

  public void show(long shareId) {
    act(() -> consent.show(control.getSession(), shareId));
  }

  public void helperDone(long callId) {
    act(() -> care.helperDone(control.getSession(), callId));
  }

  private void act(Runnable action) {
    feedback.attempt(action);
    state = null;
    control.refresh();
  }
}
