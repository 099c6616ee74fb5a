package org.pawprints.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Puts the security headers on every response. Faces pages get their Content-Security-Policy from
 * PrimeFaces (which adds the per-request script nonce to the policy in web.xml); every other
 * response gets the same policy without inline scripts at all. The response wrapper makes the
 * PrimeFaces header replace ours instead of adding a second, stricter one.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /** Mirrors {@code primefaces.CSP_POLICY} in web.xml, where PrimeFaces appends the nonce. */
  static final String BASELINE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(CSP, BASELINE_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (ClientAddress.isHttps(request)) {
      // Directly over TLS, or from a trusted TLS-terminating proxy (X-Forwarded-Proto: https).
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, new SinglePolicyResponse(response));
  }

  /** Lets a later Content-Security-Policy replace the baseline rather than stack on it. */
  private static final class SinglePolicyResponse extends HttpServletResponseWrapper {

    SinglePolicyResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
