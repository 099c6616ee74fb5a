package org.pawprints.testing.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * axe-core on the page as it stands: no serious or critical violation of WCAG 2.1 AA.
 *
 * <p>Each distinct page and state is scanned once per run. Many tests pass through the same page in
 * the same state (the dashboard, a module screen, the sign-in form), and a scan costs about a
 * second here; a page whose structure, language and visible-state attributes match one that already
 * passed is not scanned again. Text is left out of that comparison (names, dates and answers differ
 * from test to test and do not change what axe checks, except whether an element has text at all),
 * so a new element, a new attribute, another language or a shown dialog is a new state and is
 * scanned.
 *
 * <p>axe-core runs in the page itself, as Deque's {@code AxeBuilder} does in its legacy mode, with
 * the same rules (the tags below) and the same engine ({@code axe.min.js} from Deque's jar): the
 * script is sent to a page once, not three times, no extra page is opened to merge the results (our
 * pages have no cross-origin frames, the only reason for that step), and only the blocking
 * violations travel back, not every rule's passes (docs/performance.md, "Suite time, session 5").
 */
public final class Accessibility {

  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  /** Deque's axe-core, read once per run (about 560 kB). */
  private static final String AXE = "() => {" + AxeBuilder.getAxeScript() + "}";

  /**
   * Runs axe on the document with the given tags and answers its serious and critical violations,
   * each as a line: impact, rule, help, and the nodes it found (their selector and HTML).
   */
  private static final String RUN =
      """
      async (tags) => {
        const results = await axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations']
        });
        return results.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' '
            + v.nodes.map(n => n.target.join(' ') + ' ' + n.html).join(', '));
      }
      """;

  /** The pages and states that passed in this run (browser tests may run in parallel). */
  private static final Set<String> PASSED = ConcurrentHashMap.newKeySet();

  /**
   * What axe's checks depend on, read from the page: its language and path, and for every element
   * its tag, every attribute name, the values of the attributes that change meaning or visibility,
   * and whether it has text of its own.
   */
  private static final String STATE =
      """
      () => {
        const meaningful = /^(role|type|class|style|hidden|disabled|tabindex|lang|alt|scope|aria-.*)$/;
        const parts = [document.documentElement.lang, location.pathname];
        for (const el of document.querySelectorAll('*')) {
          let part = el.tagName;
          for (const a of el.attributes) {
            part += ' ' + a.name + (meaningful.test(a.name) ? '=' + a.value : '');
          }
          for (const child of el.childNodes) {
            if (child.nodeType === Node.TEXT_NODE && child.textContent.trim() !== '') {
              part += ' #text';
              break;
            }
          }
          parts.push(part);
        }
        return parts.join('\\n');
      }
      """;

  private Accessibility() {}

  public static void assertNoSeriousViolations(Page page) {
    // Right after a click that navigates, the new document can be committed but not yet parsed
    // (no <title> yet): scan the page once it has loaded, as a person would see it.
    page.waitForLoadState();
    String state = fingerprint((String) page.evaluate(STATE));
    if (PASSED.contains(state)) {
      return;
    }
    injectAxe(page);
    List<?> blocking = (List<?>) page.evaluate(RUN, TAGS);
    assertTrue(
        blocking.isEmpty(),
        () -> "axe-core found on " + page.url() + ":\n" + String.join("\n", lines(blocking)));
    PASSED.add(state);
  }

  /**
   * Puts axe into every frame of the page that lacks it; a page scanned before in another state
   * (the same document after a click) still has it.
   */
  private static void injectAxe(Page page) {
    for (Frame frame : page.frames()) {
      if (!Boolean.TRUE.equals(frame.evaluate("() => typeof window.axe === 'object'"))) {
        frame.evaluate(AXE);
      }
    }
  }

  private static List<String> lines(List<?> blocking) {
    return blocking.stream().map(String::valueOf).toList();
  }

  private static String fingerprint(String state) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
