package org.pawprints.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Leaving a shared device leaves nothing (issue 10, rule 11): whatever a signed-in person is sent,
 * and every page of the signed-in areas, is marked {@code Cache-Control: no-store}, so that no copy
 * stays in the browser's cache or back/forward history to be shown after sign-out. Scripts, styles
 * and images (the Faces resources) hold nothing personal and stay cacheable.
 */
@WebFilter(urlPatterns = "/*")
public class PersonalResponsesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String[] SIGNED_IN_AREAS = {"/my/", "/account/", "/facilitate/", "/admin/"};

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isPersonal(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  static boolean isPersonal(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/jakarta.faces.resource/")) {
      return false;
    }
    if (request.getUserPrincipal() != null) {
      return true;
    }
    for (String area : SIGNED_IN_AREAS) {
      if (path.startsWith(area)) {
        return true;
      }
    }
    return false;
  }
}
