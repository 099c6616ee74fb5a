package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
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

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject SignInAttempt attempt;
  @Inject CurrentUser currentUser;
  @Inject Feedback feedback;

  private String email;
  private String password;
  private String returnPath;

  /** Someone already signed in who opens the login page goes to their home page. */
  public void redirectIfSignedIn() throws IOException {
    if (currentUser.isSignedIn()) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + currentUser.getHomePath());
    }
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    password = null;
    switch (status) {
      case SUCCESS, SEND_CONTINUE -> {
        afterSignIn(request);
        external.redirect(external.getRequestContextPath() + destination());
      }
      default -> refused();
    }
  }

  /** The page that sent the visitor here, when there was one, else their home page. */
  private String destination() {
    String back = LocalReturnPath.sanitize(returnPath);
    if (!"/".equals(back) && !back.startsWith("/login.xhtml")) {
      return back;
    }
    return CurrentUser.homePathFor(attempt.result().person().getRoles());
  }

  private void afterSignIn(HttpServletRequest request) {
    // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
    request.changeSessionId();
    SignInResult result = attempt.result();
    if (result != null && result.person() != null) {
      request
          .getSession()
          .setAttribute(
              SessionGuardFilter.CREDENTIALS_VERSION, result.person().getCredentialsVersion());
    }
  }

  private void refused() {
    SignInResult result = attempt.result();
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
