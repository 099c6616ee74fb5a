package org.pawprints.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.SignedInHttp;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/**
 * A signed-in person with many tabs, or a slow phone that retries, sends many requests in one
 * session at once. Each of them is answered as for that person: never "Forbidden", never the login
 * page, never an error page.
 */
@BrowserTest
class ManyTabsBrowserIT {

  private static final int AT_ONCE = 16;
  private static final int REQUESTS = 400;
  private static final List<String> PAGES =
      List.of(
          "/my/index.xhtml",
          "/my/module.xhtml?step=gentle-start-up",
          "/my/module.xhtml?step=gentle-start-up&at=e-rewrite-the-kitchen",
          "/my/module.xhtml?step=repair&at=quiz",
          "/");

  @Test
  void manyRequestsAtOnceFromOneSessionAreAllAnsweredForThatPerson(Visitors visitors)
      throws Exception {
    TestPerson maya = visitors.people().participant("maya", "en");
    Page page = visitors.open("en-CA");
    visitors.signIn(page, maya.email(), maya.password());
    SignedInHttp http = new SignedInHttp(visitors, page);

    List<Callable<Integer>> requests = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String path = PAGES.get(i % PAGES.size());
      requests.add(
          () -> {
            HttpResponse<String> response = http.get(path);
            boolean forMaya = response.body().contains("Maya");
            return forMaya ? response.statusCode() : -response.statusCode();
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    Map<Integer, Integer> statuses = new TreeMap<>();
    try {
      for (Future<Integer> answer : pool.invokeAll(requests)) {
        statuses.merge(answer.get(), 1, Integer::sum);
      }
    } finally {
      pool.shutdownNow();
    }

    // A negative status is a page that did not show Maya's name: answered for someone else.
    assertEquals(Map.of(200, REQUESTS), statuses);
  }
}
