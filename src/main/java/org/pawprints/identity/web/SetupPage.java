package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.pawprints.identity.application.FirstAdmin;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.LinkToken;

/**
 * Creating the first administrator with the one-time setup link from the log. The page keeps no
 * view on the server: a form left open past the session still creates the account.
 */
@Named
@RequestScoped
public class SetupPage {

  @Inject FirstAdmin firstAdmin;
  @Inject Feedback feedback;
  @Inject CurrentLanguage currentLanguage;
  @Inject CurrentUser currentUser;
  @Inject SessionSignIn sessionSignIn;

  private String token;
  private Boolean usable;
  private final NewAccountForm account = new NewAccountForm();

  /** On opening the link: the form starts in the language the page is read in. */
  public void load() {
    account.setLanguage(currentLanguage.getLanguage());
  }

  public void create() throws IOException {
    // Passwords leave the bean as soon as they are read.
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("setup:confirmation", "password.mismatch");
      return;
    }
    String chosen = matching.get();
    try {
      firstAdmin.createWithLink(
          getToken(),
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

  /** The link's token, also on a post (see {@link LinkToken}). */
  public String getToken() {
    token = LinkToken.of(token);
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** Whether the link still works, asked once per request at its first use. */
  public boolean isUsable() {
    if (usable == null) {
      usable = firstAdmin.isUsable(getToken());
    }
    return usable;
  }

  public NewAccountForm getAccount() {
    return account;
  }
}
