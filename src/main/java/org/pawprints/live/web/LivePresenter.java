package org.pawprints.live.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
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
 * the room may see them.
 */
@Named
@ViewScoped
public class LivePresenter implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LiveStates states;
  @Inject transient LiveRoom room;
  @Inject transient LiveFeedback feedback;
  @Inject transient AccessPolicy access;

  private Long session;
  private transient RoomState state;

  public void load() throws IOException {
    if (session == null) {
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
    feedback.attempt(() -> state = states.presenter(session));
  }

  public RoomState getState() {
    if (state == null && session != null) {
      state = states.presenter(session);
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

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }
}
