package org.pawprints.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which posts a browser says came from another site. */
class SameOriginPostsTest {

  @Test
  void aPostFromThePageItselfGoesOn() {
    assertTrue(
        SameOriginPosts.sameOrigin("http://localhost:8080", "same-origin", "localhost:8080"));
    assertTrue(SameOriginPosts.sameOrigin("https://pawprints.example", null, "Pawprints.Example"));
    assertTrue(
        SameOriginPosts.sameOrigin("https://pawprints.example:443", null, "pawprints.example"));
  }

  @Test
  void aPostFromAnotherSiteIsRefused() {
    assertFalse(SameOriginPosts.sameOrigin("https://evil.example", null, "pawprints.example"));
    assertFalse(SameOriginPosts.sameOrigin("http://localhost:9090", "same-site", "localhost:8080"));
    assertFalse(SameOriginPosts.sameOrigin(null, "cross-site", "pawprints.example"));
    assertFalse(
        SameOriginPosts.sameOrigin(
            "https://pawprints.example.evil.example", null, "pawprints.example"));
  }

  @Test
  void aSandboxedFrameAMalformedOriginOrNoHostIsRefused() {
    assertFalse(SameOriginPosts.sameOrigin("null", null, "pawprints.example"));
    assertFalse(SameOriginPosts.sameOrigin("<script>", null, "pawprints.example"));
    assertFalse(SameOriginPosts.sameOrigin("https://pawprints.example", null, null));
  }

  @Test
  void aRequestWithoutTheBrowsersHeadersGoesOn() {
    // No browser sends a post without Origin: this is a script or a monitor, which the check
    // is not there to stop (it protects browsers from other sites).
    assertTrue(SameOriginPosts.sameOrigin(null, null, "pawprints.example"));
    assertTrue(SameOriginPosts.sameOrigin(null, "none", "pawprints.example"));
  }

  @Test
  void theDefaultPortIsLeftOutAsBrowsersLeaveItOutOfHost() {
    assertEquals("pawprints.example", SameOriginPosts.authorityOf("http://pawprints.example:80"));
    assertEquals("[::1]:8080", SameOriginPosts.authorityOf("http://[::1]:8080"));
    assertEquals("", SameOriginPosts.authorityOf("null"));
  }
}
