package org.pawprints.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * One script, style or image as Faces first answered it: its type, its caching headers (Expires,
 * Last-Modified, ETag, as Faces set them), its bytes and, for text, the same bytes gzipped once.
 */
record KeptResource(String contentType, Map<String, String> headers, byte[] body, byte[] gzipped) {

  /** The memory it holds: both copies. */
  long size() {
    return body.length + (gzipped == null ? 0L : gzipped.length);
  }

  void writeTo(HttpServletResponse response, boolean acceptsGzip) throws IOException {
    headers.forEach(response::setHeader);
    if (contentType != null) {
      response.setContentType(contentType);
    }
    byte[] sent = body;
    if (gzipped != null) {
      // Caches between us and the browser keep both copies apart.
      response.setHeader("Vary", "Accept-Encoding");
      if (acceptsGzip) {
        response.setHeader("Content-Encoding", "gzip");
        sent = gzipped;
      }
    }
    response.setContentLength(sent.length);
    response.getOutputStream().write(sent);
  }
}
