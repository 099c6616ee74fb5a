package org.pawprints.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the idle warning's "Stay signed in" asks ({@code idle.js}): a POST that reaches a live,
 * signed-in session renews it, simply by arriving (204, nothing to send); once the session has
 * ended the answer is 410 Gone, and the page tells the person they were signed out. It never
 * creates a session, and it costs no Faces view: the idle warning used to be a PrimeFaces idle
 * monitor and dialog in a form on every signed-in page.
 */
@WebServlet("/keep-alive")
public class KeepAliveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    boolean alive = request.getSession(false) != null && request.getUserPrincipal() != null;
    response.setStatus(alive ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_GONE);
  }
}
