package org.pawprints.care.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pawprints.identity.web.SignOut;

/**
 * Where quick exit's beacon goes ({@code navigator.sendBeacon}, a POST): signs out and answers
 * nothing, since the page that sent it is already gone. The cached pages of the site are dropped
 * (where the browser honours Clear-Site-Data); storage is kept, see {@link SignOut}.
 */
@WebServlet("/quick-exit")
public class QuickExitServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SignOut signOut;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    signOut.signOut(request);
    response.setHeader("Clear-Site-Data", "\"cache\"");
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
