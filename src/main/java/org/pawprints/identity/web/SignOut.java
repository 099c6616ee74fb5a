package org.pawprints.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.pawprints.identity.application.Accounts;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.web.ClientAddress;

/**
 * Ends a person's session: the audit log records an ordinary sign-out, then the container forgets
 * the caller and the session goes. The header's button (LogoutServlet, which also asks the browser
 * to forget the site's cache and storage) and care's quick exit (which keeps the browser's copies
 * of unsaved words, so they come back at the next sign-in on this device, and whose audit line must
 * not tell anyone the person left in a hurry) both sign out through here.
 */
@ApplicationScoped
public class SignOut {
  @Inject AuditLog audit;
  @Inject Accounts accounts;

  public void signOut(HttpServletRequest request) throws ServletException {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      audit.record(
          AuditEventType.LOGOUT,
          accounts.actorOf(Long.parseLong(principal.getName())),
          null,
          ClientAddress.of(request),
          null);
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
