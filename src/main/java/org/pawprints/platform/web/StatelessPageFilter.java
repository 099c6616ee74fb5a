package org.pawprints.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keeps public pages from filling the server with sessions. PrimeFaces keeps its script nonce in
 * the view map, which makes Faces create a session on every page view, even on pages that hold no
 * form. When a page declares itself stateless (the template's {@code statelessView}) and the
 * request created a session that nobody signed in to, the session is dropped at once.
 */
@WebFilter(urlPatterns = "/*")
public class StatelessPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Set to {@code true} by the page template when the page holds no form. */
  public static final String STATELESS_VIEW = "pawprintsStatelessView";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean hadSession = request.getSession(false) != null;
    try {
      chain.doFilter(request, response);
    } finally {
      if (!hadSession
          && request.getUserPrincipal() == null
          && "true".equals(String.valueOf(request.getAttribute(STATELESS_VIEW)))) {
        HttpSession created = request.getSession(false);
        if (created != null) {
          created.invalidate();
        }
      }
    }
  }
}
