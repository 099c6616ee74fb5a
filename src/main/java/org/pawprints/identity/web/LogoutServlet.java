package org.pawprints.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.pawprints.identity.application.Accounts;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.web.ClientAddress;

/**
 * Signs out (a POST from the header's button; a GET never changes anything) and asks the browser to
 * forget the site's cache and storage.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog audit;
  @Inject transient Accounts accounts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
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
    // Leaving a shared device leaves nothing: the browser drops its cached pages and what the site
    // stored (the autosave copies of answers). Cookies are not listed: the session cookie is
    // already worthless, and the language cookie keeps the sign-in page in the person's language.
    response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
  }
}
