package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.pawprints.identity.application.SignInResult;

/**
 * Signs a person in on this Faces request with an email and password, through the same identity
 * store, throttle and audit as the sign-in form. The form uses it, and so do the pages where a
 * person has just chosen their password (an invitation, a staff welcome link), so nobody types the
 * address and password a second time a moment after choosing them (issue 13, session 6).
 */
@RequestScoped
public class SessionSignIn {

  /** Flash key: the address a person just made an account with, filled in for them. */
  private static final String OFFERED_EMAIL = "pawprints.offeredEmail";

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject SignInAttempt attempt;

  /**
   * Signs in; answers the person's home path, or empty when the store refused (wrong password,
   * throttled, paused), in which case {@link #result()} says why.
   */
  public Optional<String> signIn(String email, String password) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
      return Optional.empty();
    }
    // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
    request.changeSessionId();
    SignInResult result = attempt.result();
    if (result == null || result.person() == null) {
      return Optional.of("/");
    }
    request
        .getSession()
        .setAttribute(
            SessionGuardFilter.CREDENTIALS_VERSION, result.person().getCredentialsVersion());
    return Optional.of(CurrentUser.homePathFor(result.person().getRoles()));
  }

  /**
   * Fills the sign-in form's address on the page the next redirect leads to: for a person whose
   * account was just made and who still has to type their password (issue 13, session 6). The
   * address rides in the flash, never in the URL, where it would stay in histories and logs.
   */
  public void offerEmail(String email) {
    faces.getExternalContext().getFlash().put(OFFERED_EMAIL, email);
  }

  /** The address {@link #offerEmail} left for this request's sign-in form, or null. */
  String offeredEmail() {
    return faces.getExternalContext().getFlash().get(OFFERED_EMAIL) instanceof String email
        ? email
        : null;
  }

  /** What the identity store answered on this request, or null before any attempt. */
  public SignInResult result() {
    return attempt.result();
  }
}
