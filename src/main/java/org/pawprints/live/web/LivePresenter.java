package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.live.application.RoomState;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;

/**
 * The presenter screen (/facilitate/live-presenter.xhtml?session=N), for a projector or a shared
 * screen: the activity in large type, the join code and its QR code in the lobby, results only as
 * the room may see them. It keeps no view on the server between requests (the template's {@code
 * transient} view): a refresh reads the session from its address.
 */
@Named
@RequestScoped
public class LivePresenter {

  @Inject LiveStates states;
  @Inject LiveRoom room;
  @Inject LiveFeedback feedback;
  @Inject AccessPolicy access;

  private Long session;
  private boolean sessionLookedUp;
  private RoomState state;

  public void load() throws IOException {
    if (getSession() == null) {
      FacesPages.notFound();
      return;
    }
    try {
      state = states.presenter(session);
      // Staff watching are recorded as present, so that every push reaches them (an
      // administrator is not among the cohort's facilitators).
      room.here(session);
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  public void refresh() {
    feedback.attempt(() -> state = states.presenter(getSession()));
  }

  public RoomState getState() {
    if (state == null && getSession() != null) {
      state = states.presenter(getSession());
    }
    return state;
  }

  /** The link the QR code carries: the join page with the code filled in. */
  public String getJoinLink() {
    return PublicAddress.link("/my/live-join.xhtml?code=" + getState().joinCode());
  }

  public Long getPushUser() {
    return access.viewer().personId();
  }

  /**
   * The session on screen: set by the page's view parameter on opening it, and read from the
   * address on a postback (a stateless view: the page is built before any view parameter is
   * applied).
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
}
