package org.pawprints.care.web;

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
 * Quick exit's sign-out: the session ends as with the header's button, and the audit log records an
 * ordinary sign-out, so nobody reading it learns that the person left in a hurry. What was saved
 * stays; the browser's copies of unsaved words are not cleared (unlike a sign-out by the button),
 * so they come back at the next sign-in on this device.
 */
@ApplicationScoped
public class QuickSignOut {

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
      request.logout();
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
