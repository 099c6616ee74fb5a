package org.pawprints.live;

import com.microsoft.playwright.Request;

/** Tells a phone's live refresh (live.js's "sync" remote command) from its other requests. */
final class LiveRefreshes {

  private LiveRefreshes() {}

  /** A POST to the participant's live page from the "sync" form. */
  static boolean isRefresh(Request request) {
    String body = request.postData();
    return "POST".equals(request.method())
        && request.url().contains("/my/live.xhtml")
        && body != null
        && body.contains("sync");
  }
}
