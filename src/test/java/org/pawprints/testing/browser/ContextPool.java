package org.pawprints.testing.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser contexts handed from one test's visitor to a later test's, emptied in between: no cookie,
 * no storage of the server's origin, no open page, no route. What a context keeps is its HTTP
 * cache: PrimeFaces' 1.2 MB of scripts and styles, which a brand-new context asks the server for
 * again (the server compresses them anew each time) and Chromium parses again. Measured on this
 * machine (30 sign-in page loads each, docs/performance.md "Session 15"): a visitor's first page
 * cost the server about 260 ms of CPU in a new context and about 50 ms in a reused one.
 *
 * <p>A visitor is still a person of their own: a new page in a context that nobody else uses at the
 * time, with the language asked for. What a test cannot undo in a context, a fake clock or a
 * context-wide script, needs a context of its own: {@link Visitors#openAlone}. A failed test's
 * contexts are closed rather than handed on.
 */
final class ContextPool {

  /** One pool per browser: each test thread has its own (BrowsersPerThread). */
  private static final Map<Browser, ContextPool> POOLS = new ConcurrentHashMap<>();

  private final Browser browser;
  private final Map<String, Deque<Pooled>> idleByLocale = new HashMap<>();

  private ContextPool(Browser browser) {
    this.browser = browser;
  }

  static ContextPool of(Browser browser) {
    return POOLS.computeIfAbsent(browser, ContextPool::new);
  }

  /** A context for one visitor of {@code test}: an idle one of that language, or a new one. */
  synchronized Pooled take(String locale, String testClass, String test) {
    Pooled pooled = idleByLocale.getOrDefault(locale, new ArrayDeque<>()).poll();
    if (pooled == null) {
      pooled = new Pooled(Visitors.newContext(browser, locale), locale);
    }
    pooled.ownedBy(testClass, test);
    return pooled;
  }

  /**
   * Empties {@code pooled} for the next visitor and keeps it; a context that cannot be emptied is
   * closed instead.
   */
  void giveBack(Pooled pooled, String origin) {
    try {
      pooled.empty(origin);
    } catch (PlaywrightException notEmptied) {
      pooled.context().close();
      return;
    }
    synchronized (this) {
      idleByLocale.computeIfAbsent(pooled.locale(), k -> new ArrayDeque<>()).push(pooled);
    }
  }

  /** A context and the test that uses it now (its page loads are recorded under that test). */
  static final class Pooled {

    private final BrowserContext context;
    private final String locale;
    private volatile String testClass;
    private volatile String test;

    private Pooled(BrowserContext context, String locale) {
      this.context = context;
      this.locale = locale;
      PageLoads.watch(context, () -> this.testClass, () -> this.test);
    }

    BrowserContext context() {
      return context;
    }

    String locale() {
      return locale;
    }

    private void ownedBy(String testClass, String test) {
      this.testClass = testClass;
      this.test = test;
    }

    /**
     * Everything a visitor left, except the HTTP cache: the origin's storage (localStorage, where
     * answers' drafts wait; IndexedDB; service workers), the cookies (the signed-in session), the
     * pages, the routes.
     */
    private void empty(String origin) {
      List<Page> pages = context.pages();
      Page any = pages.isEmpty() ? context.newPage() : pages.get(0);
      CDPSession cdp = context.newCDPSession(any);
      JsonObject clear = new JsonObject();
      clear.addProperty("origin", origin);
      clear.addProperty("storageTypes", "all");
      cdp.send("Storage.clearDataForOrigin", clear);
      cdp.detach();
      context.pages().forEach(Page::close);
      context.clearCookies();
      context.clearPermissions();
      context.unrouteAll();
    }
  }
}
