package org.pawprints.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pawprints.live.plan.EightWordRuns;

/**
 * No text in the product (module files, session plans, message bundles, pages) shares a run of
 * eight or more words with the counsellor's source article (issue 14): we credit it, and write in
 * our own words. Compared through the article's fingerprints, ignoring case and punctuation.
 */
class ProductTextOriginalityTest {

  /** The article's title, quoted where we credit it: a citation, not copying. */
  private static final String CITED_TITLE =
      "How to Rebuild Emotional Closeness Without Dramatic Overhauls";

  private static final List<Path> PLACES =
      List.of(
          Path.of("src/main/resources/content"),
          Path.of("src/main/resources/org/pawprints/i18n"),
          Path.of("src/main/webapp"));

  @Test
  void noProductTextRepeatsEightWordsOfTheArticle() throws IOException {
    Set<String> article = articleRuns();
    List<String> copied = new ArrayList<>();
    int files = 0;
    for (Path place : PLACES) {
      try (Stream<Path> paths = Files.walk(place)) {
        for (Path file : paths.filter(ProductTextOriginalityTest::isText).toList()) {
          files++;
          String text = Files.readString(file, StandardCharsets.UTF_8).replace(CITED_TITLE, " ");
          List<String> words = EightWordRuns.words(text);
          for (int i = 0; i + EightWordRuns.LENGTH <= words.size(); i++) {
            String run = String.join(" ", words.subList(i, i + EightWordRuns.LENGTH));
            if (article.contains(EightWordRuns.fingerprint(run))) {
              copied.add(file + ": " + run);
            }
          }
        }
      }
    }
    assertTrue(files > 40, "the product's texts were read");
    assertEquals(List.of(), copied);
  }

  @Test
  void theCheckWouldCatchACopiedSentence() throws IOException {
    Set<String> article = articleRuns();
    String copied = "steers the boat back on course before the waves get big";
    List<String> words = EightWordRuns.words(copied);
    boolean caught = false;
    for (int i = 0; i + EightWordRuns.LENGTH <= words.size(); i++) {
      caught |=
          article.contains(
              EightWordRuns.fingerprint(
                  String.join(" ", words.subList(i, i + EightWordRuns.LENGTH))));
    }
    assertTrue(caught);
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.endsWith(".json")
            || name.endsWith(".properties")
            || name.endsWith(".xhtml")
            || name.endsWith(".html")
            || name.endsWith(".md"));
  }

  private static Set<String> articleRuns() throws IOException {
    try (InputStream in =
        ProductTextOriginalityTest.class.getResourceAsStream(
            "/live/seed-article-8-word-runs.txt")) {
      Set<String> runs = new HashSet<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .forEach(runs::add);
      return runs;
    }
  }
}
