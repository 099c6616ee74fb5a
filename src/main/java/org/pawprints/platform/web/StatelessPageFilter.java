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
 *
 * <p>Dropping it only helps while the response is still in the buffer: once part of a page has been
 * sent, its session cookie has gone with it. So a request that arrives without a session gets a
 * buffer that holds a whole public page. Only those requests: a larger buffer for every page
 * (Faces' {@code FACELETS_BUFFER_SIZE}) stayed with the server's pooled responses, and each phone's
 * open live socket holds one of those, about 115 MB more heap with 1,000 phones connected.
 */
@WebFilter(urlPatterns = "/*")
public class StatelessPageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Set to {@code true} by the page template when the page holds no form. */
  public static final String STATELESS_VIEW = "pawprintsStatelessView";

  /**
   * Room for the largest public page (the landing page is more than 8 KB of markup); the servlet's
   * default of 8 KB commits a page before its end.
   */
  static final int PUBLIC_PAGE_BUFFER = 64 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean hadSession = request.getSession(false) != null;
    if (!hadSession) {
      response.setBufferSize(PUBLIC_PAGE_BUFFER);
    }
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
