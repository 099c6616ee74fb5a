package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.pawprints.cohort.application.JoinRequests;
import org.pawprints.identity.web.SessionSignIn;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The link mailed after a join-code sign-up. Opening it shows what confirming does; the button (a
 * POST, never the GET a mail scanner makes) creates the account and joins the cohort.
 */
@Named
@ViewScoped
public class JoinConfirmPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient JoinRequests requests;
  @Inject transient Feedback feedback;
  @Inject transient SessionSignIn sessionSignIn;

  private String token;
  private String cohortName;

  public void load() {
    cohortName = requests.look(token).orElse(null);
  }

  public void confirm() throws IOException {
    JoinRequests.Confirmed confirmed;
    try {
      confirmed = requests.confirm(token, FacesPages.clientAddress());
    } catch (Refusal problem) {
      refused(problem.messageKey());
      return;
    }
    // The password was chosen on another page, maybe another day: the sign-in form asks for it,
    // with the address already filled in (issue 13, session 6).
    feedback.infoAfterRedirectIn(
        confirmed.language(), "joinRequest.confirmedSignIn", confirmed.cohortName());
    sessionSignIn.offerEmail(confirmed.email());
    FacesPages.redirect("/login.xhtml");
  }

  private void refused(String messageKey) {
    feedback.error(messageKey);
    cohortName = null;
  }

  public boolean isUsable() {
    return cohortName != null;
  }

  public String getCohortName() {
    return cohortName;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
