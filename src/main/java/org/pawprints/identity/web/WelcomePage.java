package org.pawprints.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.pawprints.identity.application.StaffInvitations;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** A newly invited facilitator or administrator chooses their first password (issue 13). */
@Named
@ViewScoped
public class WelcomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffInvitations staff;
  @Inject transient Feedback feedback;
  @Inject transient CurrentUser currentUser;
  @Inject transient SessionSignIn sessionSignIn;

  private String token;
  private boolean usable;
  private final NewAccountForm account = new NewAccountForm();

  public void load() {
    usable = staff.isUsable(token);
  }

  public void save() throws IOException {
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("welcome:confirmation", "password.mismatch");
      return;
    }
    String email;
    try {
      email = staff.complete(token, matching.get(), FacesPages.clientAddress());
    } catch (Refusal problem) {
      if ("staff.linkInvalid".equals(problem.messageKey())) {
        usable = false;
      }
      feedback.error(problem.messageKey());
      return;
    }
    // Signed in with the password just chosen, into their own area (issue 13, session 6).
    Optional<String> home =
        currentUser.isSignedIn() ? Optional.empty() : sessionSignIn.signIn(email, matching.get());
    if (home.isPresent()) {
      // In the language the administrator chose for them, which their pages now speak.
      feedback.noteAfterRedirectIn(
          sessionSignIn.result().person().getLanguage(), "staff.welcomeSignedIn");
      FacesPages.redirect(home.get());
      return;
    }
    feedback.infoAfterRedirect("staff.welcomeDone");
    sessionSignIn.offerEmail(email);
    FacesPages.redirect("/login.xhtml");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isUsable() {
    return usable;
  }

  public NewAccountForm getAccount() {
    return account;
  }
}
