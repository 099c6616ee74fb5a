package org.pawprints.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.pawprints.identity.application.RequestViewer;
import org.pawprints.platform.web.FacesAjaxRedirect;

/**
 * Form sign-in on our own Faces page ({@code /login.xhtml}): the page hands the credential over
 * through {@code SecurityContext.authenticate}; a visitor who opens a protected page first is sent
 * to the login page and brought back afterwards. The session carries the sign-in.
 *
 * <p>The session keeps the caller's name and roles itself ({@link SignedInCaller}) and hands both
 * to the container on every request. Jakarta Security's {@code @AutoApplySession} is not used: on
 * Payara it re-applies only the principal and looks the roles up again, and under load that lookup
 * sometimes comes back without them, so a signed-in person got "403 Forbidden" on a few percent of
 * requests (Payara issue 6145). The same name and roles are handed to this request's {@link
 * RequestViewer}, so the application's checks need not ask the container's authorization policy.
 */
@ApplicationScoped
public class PawprintsAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;
  @Inject RequestViewer viewer;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      SignedInCaller caller = signedIn(request);
      if (caller != null) {
        handOver(caller);
        return context.notifyContainerAboutLogin(
            new CallerPrincipal(caller.name()), caller.groups());
      }
      if (context.isProtected()) {
        return toSignIn(request, response, context);
      }
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedInCaller caller =
        new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
    request.getSession().setAttribute(SignedInCaller.SESSION_ATTRIBUTE, caller);
    handOver(caller);
    return context.notifyContainerAboutLogin(result);
  }

  /** Tells this request's viewer what the container is told (see {@link RequestViewer}). */
  private void handOver(SignedInCaller caller) {
    try {
      viewer.handOver(caller.name(), caller.groups());
    } catch (ContextNotActiveException noRequestScope) {
      // Nothing to tell: without a request scope there is no per-request viewer to ask either.
    }
  }

  /** Signing out ({@code request.logout()}) forgets the caller kept in the session. */
  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInCaller.SESSION_ATTRIBUTE);
    }
    try {
      viewer.forget();
    } catch (ContextNotActiveException noRequestScope) {
      // No per-request viewer was kept.
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private static SignedInCaller signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE)
            instanceof SignedInCaller caller) {
      return caller;
    }
    return null;
  }

  /**
   * A visitor without a session asks for a protected page: off to the sign-in page, and back
   * afterwards. An open page's Ajax request (a session that ended while someone typed) gets the
   * Ajax form of that redirect, which the autosave recognises ({@code autosave.js}); a plain 302
   * would be followed by the XMLHttpRequest itself (see {@link FacesAjaxRedirect}).
   */
  private static AuthenticationStatus toSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login =
        request.getContextPath()
            + "/login.xhtml?return="
            + URLEncoder.encode(FacesAjaxRedirect.pageOf(request), StandardCharsets.UTF_8);
    if (!FacesAjaxRedirect.isAjax(request)) {
      return context.redirect(login);
    }
    try {
      FacesAjaxRedirect.send(request, response, login);
    } catch (IOException unreachable) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
