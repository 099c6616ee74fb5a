package org.pawprints.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.pawprints.identity.application.Accounts;
import org.pawprints.platform.web.FacesAjaxRedirect;

/**
 * Ends a session whose person was paused, changed their password elsewhere, or had a role granted
 * or revoked: each session remembers the credentials version it was opened with, and must still
 * match the account's. It runs before any page or action, so a page left open with a role that was
 * taken away can no longer use it.
 */
@WebFilter(urlPatterns = "/*")
public class SessionGuardFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute: the account's credentials version at sign-in. */
  public static final String CREDENTIALS_VERSION = "pawprints.credentialsVersion";

  @Inject transient Accounts accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (principal != null && session != null && !stillValid(principal, session)) {
      request.logout();
      session.invalidate();
      FacesAjaxRedirect.send(
          request, response, request.getContextPath() + "/login.xhtml?ended=true");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean stillValid(Principal principal, HttpSession session) {
    Object version = session.getAttribute(CREDENTIALS_VERSION);
    if (!(version instanceof Integer v)) {
      return true; // Mid sign-in: the login page sets the version right after authenticating.
    }
    return accounts.sessionStillValid(Long.parseLong(principal.getName()), v);
  }
}
