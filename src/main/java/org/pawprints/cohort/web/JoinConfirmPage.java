package org.pawprints.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.pawprints.cohort.application.JoinRequests;
import org.pawprints.identity.web.SessionSignIn;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.LinkToken;

/**
 * The link mailed after a join-code sign-up. Opening it shows what confirming does; the button (a
 * POST, never the GET a mail scanner makes) creates the account and joins the cohort. The page
 * keeps no view on the server: a link tapped after the session ended still confirms.
 */
@Named
@RequestScoped
public class JoinConfirmPage {

  @Inject JoinRequests requests;
  @Inject Feedback feedback;
  @Inject SessionSignIn sessionSignIn;

  private String token;
  private Optional<String> cohortName;

  public void confirm() throws IOException {
    JoinRequests.Confirmed confirmed;
    try {
      confirmed = requests.confirm(getToken(), FacesPages.clientAddress());
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
    cohortName = Optional.empty();
  }

  public boolean isUsable() {
    return cohort().isPresent();
  }

  public String getCohortName() {
    return cohort().orElse(null);
  }

  /** The cohort the request asks to join, read once per request at its first use. */
  private Optional<String> cohort() {
    if (cohortName == null) {
      cohortName = requests.look(getToken());
    }
    return cohortName;
  }

  /** The link's token, also on a post (see {@link LinkToken}). */
  public String getToken() {
    token = LinkToken.of(token);
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
