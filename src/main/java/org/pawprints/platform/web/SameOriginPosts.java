package org.pawprints.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a form or ajax post that a browser says came from another site.
 *
 * <p>Most of Pawprints needs no such check: the session cookie is {@code SameSite=Lax}, so another
 * site's form never arrives signed in, and a stateful page's view state is a token that no other
 * site can read. The stateless forms for visitors (sign-in, join, forgot password) have neither:
 * whoever posts them has no session yet, and they keep no view state. Without this, another site
 * could sign a visitor in to the attacker's own account, and what the visitor then wrote about
 * their relationship would be the attacker's to read.
 *
 * <p>Every current browser sends {@code Origin} with a post, and {@code Sec-Fetch-Site} too: a post
 * whose origin is another host (or {@code null}, a sandboxed frame's), or that the browser marks
 * {@code cross-site}, gets "403 Forbidden". A request with neither header is no browser's and goes
 * on: the check protects browsers, it does not identify clients. The origin is compared with the
 * {@code Host} header, which a TLS proxy in front passes on (see the nginx example in
 * server-config), and with the configured public address (PAWPRINTS_PUBLIC_URL), for a proxy that
 * does not.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginPosts extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The configured public address's host and port, or "" when none is configured. */
  private String publicAuthority = "";

  @Override
  public void init() {
    publicAuthority =
        ConfigProvider.getConfig(SameOriginPosts.class.getClassLoader())
            .getOptionalValue("pawprints.public.url", String.class)
            .map(SameOriginPosts::authorityOf)
            .orElse("");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if ("POST".equals(request.getMethod())
        && !sameOrigin(origin, request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"))
        && (publicAuthority.isEmpty() || !publicAuthority.equals(authorityOf(origin)))) {
      refuse(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * "This page is not open to you", with status 403. Not through {@code sendError}: the error page
   * would then see the refused post's form and take it for a post to itself. It is shown as if it
   * had been asked for plainly.
   */
  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request
        .getRequestDispatcher("/error/forbidden.xhtml")
        .forward(new AskedPlainly(request), response);
  }

  /** The refused request as a GET without parameters. */
  private static final class AskedPlainly extends HttpServletRequestWrapper {

    AskedPlainly(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getHeader(String name) {
      return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }
  }

  /** Whether a post with these headers may go on. */
  static boolean sameOrigin(String origin, String fetchSite, String host) {
    if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
      return false;
    }
    if (origin == null) {
      return true;
    }
    if (host == null) {
      return false;
    }
    return authorityOf(origin).equals(host.toLowerCase(Locale.ROOT));
  }

  /**
   * "https://example.org:8443" gives "example.org:8443"; a default port is left out as a browser
   * leaves it out of {@code Host}. "null" and anything malformed give "", which matches no host.
   */
  static String authorityOf(String origin) {
    if (origin == null) {
      return "";
    }
    try {
      URI uri = new URI(origin.trim());
      String hostName = uri.getHost();
      if (hostName == null) {
        return "";
      }
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
              || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
      String authority = defaultPort ? hostName : hostName + ":" + port;
      return authority.toLowerCase(Locale.ROOT);
    } catch (java.net.URISyntaxException malformed) {
      return "";
    }
  }
}
