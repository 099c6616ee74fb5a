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

/**
 * Ends a session whose person was deactivated or changed their password elsewhere: each session
 * remembers the credentials version it was opened with, and must still match the account's.
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
      response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
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
