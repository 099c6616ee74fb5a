package org.pawprints.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.pawprints.identity.application.FirstAdmin;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** Creating the first administrator with the one-time setup link from the log. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FirstAdmin firstAdmin;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage currentLanguage;
  @Inject transient CurrentUser currentUser;
  @Inject transient SessionSignIn sessionSignIn;

  private String token;
  private boolean usable;
  private final NewAccountForm account = new NewAccountForm();

  public void load() {
    usable = firstAdmin.isUsable(token);
    account.setLanguage(currentLanguage.getLanguage());
  }

  public void create() throws IOException {
    // Passwords leave the (session-held) view bean as soon as they are read.
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("setup:confirmation", "password.mismatch");
      return;
    }
    String chosen = matching.get();
    try {
      firstAdmin.createWithLink(
          token,
          account.getEmail(),
          account.getDisplayName(),
          account.getLanguage(),
          chosen,
          FacesPages.clientAddress());
    } catch (Refusal problem) {
      if ("setup.linkInvalid".equals(problem.messageKey())) {
        usable = false;
      }
      feedback.error(problem.messageKey());
      return;
    }
    // Signed in at once with the password just chosen (issue 13, session 6 trial).
    Optional<String> home =
        currentUser.isSignedIn()
            ? Optional.empty()
            : sessionSignIn.signIn(account.getEmail(), chosen);
    if (home.isPresent()) {
      feedback.noteAfterRedirectIn(account.getLanguage(), "setup.signedIn");
      FacesPages.redirect(home.get());
      return;
    }
    feedback.infoAfterRedirect("setup.done");
    sessionSignIn.offerEmail(account.getEmail());
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
