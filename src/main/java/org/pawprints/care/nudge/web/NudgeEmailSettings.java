package org.pawprints.care.nudge.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pawprints.care.nudge.application.NudgeEmail;
import org.pawprints.platform.web.Feedback;

/**
 * Nudges by email on or off: care's card on the profile page ({@code
 * WEB-INF/includes/care-nudge-email.xhtml}), shown to participants, so identity's page needs no
 * care code.
 */
@Named
@ViewScoped
public class NudgeEmailSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NudgeEmail email;
  @Inject transient Feedback feedback;

  private boolean byEmail;

  @PostConstruct
  void load() {
    byEmail = email.mineOn();
  }

  public void save() {
    email.chooseMine(byEmail);
    feedback.info(byEmail ? "nudge.email.savedOn" : "nudge.email.savedOff");
  }

  public boolean isByEmail() {
    return byEmail;
  }

  public void setByEmail(boolean byEmail) {
    this.byEmail = byEmail;
  }
}
