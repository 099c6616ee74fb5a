package org.pawprints.live.web;

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
import org.pawprints.live.application.LiveStates;
import org.pawprints.live.application.RoomState;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;

/**
 * A participant's phone in a live session (/my/live.xhtml?session=N): the activity on screen, a way
 * to answer it (changeable until locked), a calm waiting state otherwise. Coming in records
 * presence; every refresh (a push, the page becoming visible again) reads the state afresh.
 */
@Named
@ViewScoped
public class ParticipantLive implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LiveRoom room;
  @Inject transient LiveStates states;
  @Inject transient LiveFeedback feedback;
  @Inject transient AccessPolicy access;

  private Long session;
  private transient RoomState state;
  private String text;
  private List<String> chosen = new ArrayList<>();

  public void load() throws IOException {
    if (session == null) {
      FacesPages.notFound();
      return;
    }
    try {
      room.here(session);
      state = states.participant(session);
      mirrorMyAnswer();
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  /** A push or the page coming back into view: the state as the database has it now. */
  public void refresh() {
    feedback.attempt(
        () -> {
          room.here(session);
          reload();
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
    RoomState shown = getState();
    if (shown.activity() == null) {
      return;
    }
    feedback.attempt(() -> room.answer(session, shown.activity().id(), content));
    reload();
  }

  private void reload() {
    state = states.participant(session);
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

  public RoomState getState() {
    if (state == null && session != null) {
      reload();
    }
    return state;
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
