package org.pawprints.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forwarding headers count only from a trusted proxy (rule 13). */
class ClientAddressTest {

  private static final TrustedProxies PROXY = TrustedProxies.parse("10.0.0.5, 192.168.0.0/16");

  @Test
  void aSpoofedForwardedForFromAnUntrustedAddressIsIgnored() {
    HttpServletRequest request =
        request("203.0.113.9", Map.of("X-Forwarded-For", "198.51.100.1"), false);
    assertEquals("203.0.113.9", ClientAddress.of(request, PROXY));
    assertEquals("203.0.113.9", ClientAddress.of(request, TrustedProxies.parse("")));
  }

  @Test
  void theTrustedProxysForwardedForNamesTheClient() {
    HttpServletRequest request =
        request("10.0.0.5", Map.of("X-Forwarded-For", "198.51.100.1"), false);
    assertEquals("198.51.100.1", ClientAddress.of(request, PROXY));
  }

  @Test
  void whatTheClientWroteLeftOfTheProxysEntryIsNotBelieved() {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it really saw.
    HttpServletRequest request =
        request("10.0.0.5", Map.of("X-Forwarded-For", "1.2.3.4, 198.51.100.1"), false);
    assertEquals("198.51.100.1", ClientAddress.of(request, PROXY));
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedFromTheRight() {
    HttpServletRequest request =
        request("10.0.0.5", Map.of("X-Forwarded-For", "198.51.100.1, 192.168.4.4"), false);
    assertEquals("198.51.100.1", ClientAddress.of(request, PROXY));
  }

  @Test
  void aForwardedForThatIsNotAnAddressIsIgnored() {
    HttpServletRequest request =
        request("10.0.0.5", Map.of("X-Forwarded-For", "evil.example.org"), false);
    assertEquals("10.0.0.5", ClientAddress.of(request, PROXY));
  }

  @Test
  void httpsIsBelievedOnlyFromATrustedProxy() {
    assertTrue(
        ClientAddress.isHttps(
            request("10.0.0.5", Map.of("X-Forwarded-Proto", "https"), false), PROXY));
    assertFalse(
        ClientAddress.isHttps(
            request("203.0.113.9", Map.of("X-Forwarded-Proto", "https"), false), PROXY));
    assertFalse(ClientAddress.isHttps(request("10.0.0.5", Map.of(), false), PROXY));
    assertTrue(ClientAddress.isHttps(request("203.0.113.9", Map.of(), true), PROXY));
  }

  @Test
  void ipv6AndRangesAreUnderstood() {
    TrustedProxies proxies = TrustedProxies.parse("::1, fd00::/8");
    assertTrue(proxies.trusts("::1"));
    assertTrue(proxies.trusts("fd12:3456::7"));
    assertFalse(proxies.trusts("2001:db8::1"));
    assertFalse(proxies.trusts("127.0.0.1"));
  }

  @Test
  void aSettingThatIsNotAnAddressIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.internal"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
  }

  static HttpServletRequest request(String remote, Map<String, String> headers, boolean secure) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ClientAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> remote;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "isSecure" -> secure;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
