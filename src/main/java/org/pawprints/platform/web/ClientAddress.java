package org.pawprints.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, as the servlet container saw it. Forwarded-for headers are not
 * trusted: anyone can write them. Behind a proxy, configure Payara's own forwarding support.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
