package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.pawprints.identity.application.SignInResult;
import org.pawprints.identity.application.SignInThrottle;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.LocalReturnPath;

/**
 * The sign-in form. Every kind of wrong gets the same words, so nobody learns who has an account.
 */
@Named
@RequestScoped
public class LoginPage {

  @Inject FacesContext faces;
  @Inject SessionSignIn sessionSignIn;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private String email;
  private String password;
  private String returnPath;

  /** Takes an address offered by {@link SessionSignIn#offerEmail}, unless one was typed. */
  public void fillOfferedEmail() {
    if (email == null) {
      email = sessionSignIn.offeredEmail();
    }
  }

  /** Someone already signed in who opens the login page goes to their home page. */
  public void redirectIfSignedIn() throws IOException {
    if (currentUser.isSignedIn()) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + currentUser.getHomePath());
    }
  }

  public void signIn() throws IOException {
    Optional<String> home = sessionSignIn.signIn(email, password);
    password = null;
    if (home.isEmpty()) {
      refused();
      return;
    }
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + destination(home.get()));
  }

  /** The page that sent the visitor here, when there was one, else their home page. */
  private String destination(String home) {
    String back = LocalReturnPath.sanitize(returnPath);
    if (!"/".equals(back) && !back.startsWith("/login.xhtml")) {
      return back;
    }
    return home;
  }

  private void refused() {
    SignInResult result = sessionSignIn.result();
    if (result != null && result.outcome() == SignInResult.Outcome.THROTTLED) {
      // A wait in minutes, never the server's clock time: it reads right in every time zone.
      feedback.error(
          "login.throttled", SignInThrottle.minutesLeft(result.retryAfter(), Instant.now()));
    } else {
      feedback.error("login.refused");
    }
  }

  public String getReturnPath() {
    return returnPath;
  }

  public void setReturnPath(String returnPath) {
    this.returnPath = returnPath;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
