package org.pawprints.live.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The control screen's actions skip Faces' second apply of the page ({@code LiveControlPage.act},
 * {@code BuiltOnce}): right only while nothing in its tree is chosen when the tree is built. A
 * {@code c:if} or an include whose address is an expression there would let an action render the
 * parts of the state before it. (The template's own {@code c:if}s ask only who is signed in.)
 */
class ControlScreenBuildsOnceTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern INCLUDE = Pattern.compile("<ui:include\\s+src=\"([^\"]+)\"");
  private static final Pattern CHOSEN_WHEN_BUILT =
      Pattern.compile("<c:(if|choose|when|forEach)\\b|<ui:include\\s+src=\"#\\{");

  @Test
  void nothingOnTheControlScreenIsChosenWhenItsTreeIsBuilt() {
    Set<Path> pages = pageAndIncludes(WEBAPP.resolve("facilitate/live-control.xhtml"));
    assertTrue(pages.size() > 5, "the walk found the includes: " + pages);
    List<String> chosen =
        pages.stream()
            .filter(page -> CHOSEN_WHEN_BUILT.matcher(read(page)).find())
            .map(Path::toString)
            .toList();
    assertEquals(List.of(), chosen, "build-time choices on the control screen");
  }

  @Test
  void theRuleSeesABuildTimeChoice() {
    // Guards against a rule that passes because it looks for the wrong thing.
    assertTrue(CHOSEN_WHEN_BUILT.matcher(read(WEBAPP.resolve("my/live.xhtml"))).find());
  }

  private static Set<Path> pageAndIncludes(Path page) {
    Set<Path> seen = new LinkedHashSet<>();
    Deque<Path> toRead = new ArrayDeque<>(List.of(page));
    while (!toRead.isEmpty()) {
      Path next = toRead.pop();
      if (!seen.add(next)) {
        continue;
      }
      Matcher include = INCLUDE.matcher(read(next));
      while (include.find()) {
        if (!include.group(1).startsWith("#{")) {
          toRead.push(WEBAPP.resolve(include.group(1).substring(1)));
        }
      }
    }
    return seen;
  }

  private static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new IllegalStateException(page.toString(), e);
    }
  }
}
