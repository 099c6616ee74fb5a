package org.pawprints.testing.browser;

import com.microsoft.playwright.Browser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Chromium per test thread. The browser tests run two classes at a time (the pom's browser
 * execution), and Playwright may only be used from the thread that created it: each thread launches
 * its own browser on first use and keeps it for every class it runs, so the build starts as many
 * browsers as it has test threads, not one per class. A test may open as many contexts of its
 * thread's browser as it needs (several people at once).
 */
final class BrowsersPerThread implements AutoCloseable {

  private final Map<Thread, Browsers> byThread = new ConcurrentHashMap<>();

  /** The browser of the calling thread, launched on its first use. */
  Browser browser() {
    return byThread.computeIfAbsent(Thread.currentThread(), thread -> Browsers.launch()).browser();
  }

  /** Closes every thread's browser, once the build's browser tests have all ended. */
  @Override
  public void close() {
    byThread.values().forEach(Browsers::close);
    byThread.clear();
  }
}
