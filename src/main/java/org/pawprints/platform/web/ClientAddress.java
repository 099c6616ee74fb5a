package org.pawprints.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for throttling and the audit log, and whether it reached
 * Pawprints over HTTPS. Forwarding headers (X-Forwarded-For, X-Forwarded-Proto) count only when the
 * request comes from a proxy named in PAWPRINTS_TRUSTED_PROXIES: anyone else can write them.
 */
public final class ClientAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  static final String FORWARDED_PROTO = "X-Forwarded-Proto";

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(request, TrustedProxies.configured());
  }

  static String of(HttpServletRequest request, TrustedProxies proxies) {
    return proxies.clientBehind(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
  }

  /** True when the visitor's browser talks HTTPS: directly, or to a trusted TLS proxy. */
  public static boolean isHttps(HttpServletRequest request) {
    return isHttps(request, TrustedProxies.configured());
  }

  static boolean isHttps(HttpServletRequest request, TrustedProxies proxies) {
    if (request.isSecure()) {
      return true;
    }
    String proto = request.getHeader(FORWARDED_PROTO);
    return proto != null
        && "https".equalsIgnoreCase(proto.split(",")[0].strip())
        && proxies.trusts(request.getRemoteAddr());
  }
}
