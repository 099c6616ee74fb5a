package org.pawprints.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which resources the server keeps in memory: those of its known libraries, asked for by name,
 * library and version only, kept once whatever the version says. Any other parameter, an unknown
 * library or a method other than GET is left to Faces and never kept, so no visitor can fill the
 * server's memory by varying an address.
 */
class CachedResourcesTest {

  private static final String PATH = "/jakarta.faces.resource/components.js.xhtml";

  @Test
  void aKnownLibrarysResourceIsKeptByNameAndLibrary() {
    assertEquals(
        Optional.of(PATH + "|primefaces"),
        CachedResources.keyOf(request("GET", Map.of("ln", "primefaces", "v", "15.0.13"))));
    assertEquals(
        Optional.of(PATH + "|pawprints"),
        CachedResources.keyOf(request("GET", Map.of("ln", "pawprints"))));
    // Faces answers the same bytes whatever the version says: a made-up one is no new copy.
    assertEquals(
        CachedResources.keyOf(request("GET", Map.of("ln", "primefaces", "v", "15.0.13"))),
        CachedResources.keyOf(request("GET", Map.of("ln", "primefaces", "v", "999"))));
  }

  @Test
  void anythingElseIsLeftToFaces() {
    Map<String, String> extra = new LinkedHashMap<>(Map.of("ln", "primefaces", "v", "15.0.13"));
    extra.put("x", "1");
    assertEquals(Optional.empty(), CachedResources.keyOf(request("GET", extra)));
    assertEquals(Optional.empty(), CachedResources.keyOf(request("GET", Map.of("v", "1"))));
    assertEquals(
        Optional.empty(), CachedResources.keyOf(request("GET", Map.of("ln", "someone-else"))));
    assertEquals(
        Optional.empty(),
        CachedResources.keyOf(request("POST", Map.of("ln", "primefaces", "v", "15.0.13"))));
    // PrimeFaces' dynamic content (a chart, a file to download) carries its own parameters.
    assertEquals(
        Optional.empty(),
        CachedResources.keyOf(
            request("GET", Map.of("ln", "primefaces", "v", "15.0.13", "pfdrid", "abc"))));
  }

  /** A request with a method, the path above and parameters: all that keyOf reads. */
  private static HttpServletRequest request(String method, Map<String, String> parameters) {
    Map<String, String[]> asArrays = new LinkedHashMap<>();
    parameters.forEach((name, value) -> asArrays.put(name, new String[] {value}));
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            CachedResourcesTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, called, args) ->
                switch (called.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> PATH;
                  case "getParameterMap" -> asArrays;
                  case "getParameter" -> parameters.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(called.getName());
                });
  }
}
