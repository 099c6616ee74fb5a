package org.pawprints.live.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Joining a live session by its code (/my/live-join.xhtml): typed, or carried by the join link and
 * the presenter's QR code ({@code ?code=}), which joins at once.
 */
@Named
@ViewScoped
public class LiveJoinPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LiveRoom room;
  @Inject transient Feedback feedback;

  private String code;

  /** A join link joins at once; a wrong code stays in the field with its message. */
  public void load() throws IOException {
    if (code != null && !code.isBlank()) {
      join();
    }
  }

  public void join() throws IOException {
    try {
      long session = room.sessionForCode(code);
      FacesPages.redirect("/my/live.xhtml?session=" + session);
    } catch (Refusal refusal) {
      feedback.errorOn("join:code", refusal.messageKey(), refusal.arguments());
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
