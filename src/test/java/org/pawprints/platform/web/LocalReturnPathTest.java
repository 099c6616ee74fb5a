package org.pawprints.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalReturnPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/step.xhtml?slug=repair", "/error/not-found.xhtml"})
  void localPathsAreKept(String path) {
    assertEquals(path, LocalReturnPath.sanitize(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "/step.xhtml?slug=<script>",
        "relative/path",
        ""
      })
  void anythingElseGoesHome(String path) {
    assertEquals("/", LocalReturnPath.sanitize(path));
  }

  @org.junit.jupiter.api.Test
  void missingAndHugeGoHome() {
    assertEquals("/", LocalReturnPath.sanitize(null));
    assertEquals("/", LocalReturnPath.sanitize("/" + "a".repeat(10_000)));
  }
}
