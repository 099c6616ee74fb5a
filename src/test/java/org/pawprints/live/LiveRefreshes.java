package org.pawprints.live;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import java.net.URI;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

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

  /**
   * Asks a live screen's area for the room's state now, as live.js does when a push arrives, and
   * waits for the answer: the "sync" POST to the page's own address (a phone's live page or a
   * facilitator's control screen).
   */
  static Response refreshNow(Page page) {
    String path = URI.create(page.url()).getPath();
    return page.waitForResponse(
        (Response response) ->
            "POST".equals(response.request().method())
                && URI.create(response.url()).getPath().equals(path)
                && String.valueOf(response.request().postData()).contains("sync"),
        () -> page.evaluate("() => window.liveRefresh()"));
  }

  /**
   * Signs a participant in and opens their live page of the session, waiting until its first
   * refresh is answered: live.js sends it when the page's socket opens, so from then on every push
   * reaches the page.
   */
  static Page openLivePage(Visitors visitors, String locale, TestPerson person, long session) {
    Page page = visitors.open(locale);
    visitors.signInWithoutOpening(page, person.email(), person.password());
    page.waitForResponse(
        (Response response) -> isRefresh(response.request()),
        new Page.WaitForResponseOptions().setTimeout(20_000),
        () -> page.navigate(visitors.url("/my/live.xhtml?session=" + session)));
    return page;
  }
}
