package org.pawprints.live.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs of eight words in a text, compared without case, punctuation or apostrophes ("Let's" and
 * "lets", "six-second" and "six second" are the same), kept as short SHA-256 fingerprints so that
 * the repository holds the seed article's fingerprints, not its text.
 *
 * <p>Regenerate the fingerprints after the article changes (no other class needed):
 *
 * <pre>
 * java src/test/java/org/pawprints/live/plan/EightWordRuns.java ../shared/seed/rebuild-emotional-closeness.txt \
 *   &gt; src/test/resources/live/seed-article-8-word-runs.txt
 * </pre>
 */
public final class EightWordRuns {

  public static final int LENGTH = 8;

  private EightWordRuns() {}

  /** The text's words, lower case, with punctuation, Markdown and apostrophes taken out. */
  public static List<String> words(String text) {
    String plain =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("['\u2019\u2018]", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
  }

  /** The fingerprint of every run of eight words in the text. */
  public static Set<String> fingerprints(String text) {
    List<String> words = words(text);
    Set<String> fingerprints = new LinkedHashSet<>();
    for (int i = 0; i + LENGTH <= words.size(); i++) {
      fingerprints.add(fingerprint(String.join(" ", words.subList(i, i + LENGTH))));
    }
    return fingerprints;
  }

  /** The first 16 hex digits of the SHA-256 of a normalised run. */
  public static String fingerprint(String run) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Prints the fingerprints of a text file, one a line, after a comment naming it. */
  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    System.out.println(
        "# 8-word runs of " + Path.of(args[0]).getFileName() + " (see EightWordRuns)");
    fingerprints(text).forEach(System.out::println);
  }
}
