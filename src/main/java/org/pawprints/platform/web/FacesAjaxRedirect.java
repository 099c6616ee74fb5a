package org.pawprints.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Sends a visitor elsewhere in the form their request understands. A Faces Ajax request (an open
 * page's button or autosave) must get the Ajax form of a redirect: a plain 302 is followed by the
 * browser's XMLHttpRequest itself, which then fetches the target page as a headerless Ajax GET with
 * no view state and no CSP nonce, and PrimeFaces fails it with a SEVERE "Missing CSP nonce" (issue
 * 13); the page that asked meanwhile hears nothing it can act on.
 */
public final class FacesAjaxRedirect {

  private FacesAjaxRedirect() {}

  /** True for a Faces Ajax request. */
  public static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** A page redirect, or for a Faces Ajax request the partial response that redirects the page. */
  public static void send(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if (!isAjax(request)) {
      response.sendRedirect(url);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + xmlAttribute(url)
                + "\"/></partial-response>");
  }

  /**
   * The page a request came from, within Pawprints, for "come back here after signing in". A Faces
   * postback goes to the view's address without its query (the step, the screen), so an Ajax
   * request is sent back to the page that sent it (its Referer), a page GET to itself.
   */
  public static String pageOf(HttpServletRequest request) {
    String context = request.getContextPath();
    String referer = request.getHeader("Referer");
    if (isAjax(request) && referer != null) {
      try {
        URI page = new URI(referer);
        String path = page.getRawPath();
        if (path != null && path.startsWith(context + "/")) {
          String query = page.getRawQuery();
          return LocalReturnPath.sanitize(
              path.substring(context.length()) + (query == null ? "" : "?" + query));
        }
      } catch (URISyntaxException unreadable) {
        // Fall back to the request's own address.
      }
    }
    String path = request.getRequestURI().substring(context.length());
    String query = request.getQueryString();
    return LocalReturnPath.sanitize(query == null ? path : path + "?" + query);
  }

  private static String xmlAttribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
