package org.pawprints.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs out (a POST from the header's button; a GET never changes anything) and asks the browser to
 * forget the site's cache and storage.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SignOut signOut;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    signOut.signOut(request);
    // Leaving a shared device leaves nothing: the browser drops its cached pages and what the site
    // stored (the autosave copies of answers). Cookies are not listed: the session cookie is
    // already worthless, and the language cookie keeps the sign-in page in the person's language.
    response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
  }
}
