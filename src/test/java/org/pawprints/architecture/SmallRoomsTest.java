package org.pawprints.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's "smaller rooms", kept: no class grows past 400 lines and no Faces page past 200 lines
 * of markup. A file that outgrows its room is doing two jobs; split it along them (an include per
 * part of a page, a class per thing a service does) rather than raising the limit.
 */
class SmallRoomsTest {

  private static final int MAX_CLASS_LINES = 400;
  private static final int MAX_PAGE_LINES = 200;

  @Test
  void noClassIsOver400Lines() {
    assertEquals(
        List.of(),
        filesLongerThan(Path.of("src/main/java"), ".java", MAX_CLASS_LINES),
        "classes over " + MAX_CLASS_LINES + " lines");
  }

  @Test
  void noFacesPageIsOver200Lines() {
    assertEquals(
        List.of(),
        filesLongerThan(Path.of("src/main/webapp"), ".xhtml", MAX_PAGE_LINES),
        "Faces pages and includes over " + MAX_PAGE_LINES + " lines");
  }

  @Test
  void theRuleSeesTheCode() {
    // Guards against a rule that passes because it looked in the wrong place.
    assertFalse(
        filesLongerThan(Path.of("src/main/java"), ".java", 100).isEmpty(), "some class > 100");
    assertFalse(
        filesLongerThan(Path.of("src/main/webapp"), ".xhtml", 50).isEmpty(), "some page > 50");
  }

  private static List<String> filesLongerThan(Path root, String suffix, int maxLines) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(suffix))
          .filter(f -> lineCount(f) > maxLines)
          .map(f -> f + " (" + lineCount(f) + ")")
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lineCount(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
