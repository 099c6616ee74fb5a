package org.pawprints.testing.browser;

import com.microsoft.playwright.BrowserContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * Records every page a browser test loads, one line per load in {@code
 * target/browser/page-loads.csv} (class, test, kind, path), so that what each browser class costs
 * is visible: a page load (HTML, scripts, styles, a render in Chromium) is most of a browser test's
 * CPU. {@code src/bench/suite-breakdown.sh} sums them per class. Requests sent over plain HTTP
 * instead of through the browser (a sign-in, a sweep of responses) are recorded as kind "http".
 */
final class PageLoads {

  private static final Path FILE =
      Path.of(System.getProperty("pawprints.testOutput", "target/browser"), "page-loads.csv");
  private static boolean started;

  private PageLoads() {}

  /** Records every main-frame load of every page opened in {@code context}. */
  static void watch(BrowserContext context, String testClass, String test) {
    watch(context, () -> testClass, () -> test);
  }

  /**
   * Records every main-frame load of every page opened in {@code context}, under the test that uses
   * the context at the time of the load (a context handed from test to test, {@link ContextPool}).
   */
  static void watch(BrowserContext context, Supplier<String> testClass, Supplier<String> test) {
    context.onPage(
        page ->
            page.onLoad(loaded -> record(testClass.get(), test.get(), "browser", loaded.url())));
  }

  static synchronized void record(String testClass, String test, String kind, String url) {
    try {
      if (!started) {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, "class,test,kind,path\n", StandardCharsets.UTF_8);
        started = true;
      }
      Files.writeString(
          FILE,
          String.join(",", testClass, csv(test), kind, csv(pathOf(url))) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pathOf(String url) {
    try {
      // An opaque address (about:blank, a page set from HTML) has no path: keep it whole.
      String path = URI.create(url).getRawPath();
      return path == null ? url : path;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
