package org.pawprints.testing.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
 */
public final class Accessibility {

  private static final List<String> BLOCKING = List.of("serious", "critical");

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
    String state = fingerprint((String) page.evaluate(STATE));
    if (PASSED.contains(state)) {
      return;
    }
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze();
    List<Rule> blocking =
        results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
    assertTrue(
        blocking.isEmpty(),
        () ->
            "axe-core found on "
                + page.url()
                + ":\n"
                + blocking.stream()
                    .map(
                        v ->
                            v.getImpact()
                                + " "
                                + v.getId()
                                + ": "
                                + v.getHelp()
                                + " "
                                + v.getNodes())
                    .collect(Collectors.joining("\n")));
    PASSED.add(state);
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
