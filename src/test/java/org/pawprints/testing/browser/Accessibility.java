package org.pawprints.testing.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core on the page as it stands: no serious or critical violation of WCAG 2.1 AA. */
public final class Accessibility {

  private static final List<String> BLOCKING = List.of("serious", "critical");

  private Accessibility() {}

  public static void assertNoSeriousViolations(Page page) {
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
  }
}
