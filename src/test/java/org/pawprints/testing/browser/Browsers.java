package org.pawprints.testing.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One headless Debian Chromium for the whole build, driven by Playwright. Playwright's own browser
 * download is not used: it cannot be fetched here, and the system browser is what CI installs.
 */
public final class Browsers implements AutoCloseable {

  private static final List<String> CANDIDATES =
      List.of(
          // Debian's headless shell first: the same Blink without the desktop browser's user
          // interface, it takes less CPU per page (see ./test).
          "/usr/lib/chromium/chromium-headless-shell",
          "/usr/bin/chromium",
          "/usr/bin/chromium-browser",
          "/usr/bin/google-chrome");

  private final Playwright playwright;
  private final Browser browser;

  private Browsers(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Browsers launch() {
    // A page can take seconds on a loaded 2-core machine: an assertion waits up to 15 s, like an
    // action, rather than Playwright's default 5 s.
    PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    Playwright playwright = Playwright.create();
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium())
                    .setHeadless(true)
                    .setArgs(switches()));
    return new Browsers(playwright, browser);
  }

  /**
   * Chromium's command-line switches, and any in CHROMIUM_ARGS (separated by spaces), which is how
   * a switch's cost is measured (docs/performance.md) without changing this file.
   */
  private static List<String> switches() {
    List<String> switches =
        new ArrayList<>(
            List.of(
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic"));
    String extra = System.getenv("CHROMIUM_ARGS");
    if (extra != null && !extra.isBlank()) {
      switches.addAll(List.of(extra.trim().split("\\s+")));
    }
    return switches;
  }

  public Browser browser() {
    return browser;
  }

  private static Path chromium() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return CANDIDATES.stream()
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No Chromium found: run ./test, which installs Debian's chromium, or set CHROMIUM to a Chromium binary."));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
