package org.pawprints.live.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entry of an open question's word cloud: a whole approved answer (answers that differ only in
 * case or spacing count as one, shown as first written), how many gave it, and its size from 1
 * (once) to 5 (the most frequent). The cloud is a list, so a screen reader reads it as words and
 * counts.
 */
public record CloudWord(String text, long count, int size) {

  static final int SIZES = 5;

  /** Most frequent first; equal counts keep the order they came in. */
  static List<CloudWord> of(List<String> answers) {
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String answer : answers) {
      String key = answer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        continue;
      }
      shown.putIfAbsent(key, answer.strip().replaceAll("\\s+", " "));
      counts.merge(key, 1L, Long::sum);
    }
    long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<CloudWord> words = new ArrayList<>();
    counts.forEach((key, n) -> words.add(new CloudWord(shown.get(key), n, size(n, most))));
    words.sort((a, b) -> Long.compare(b.count(), a.count()));
    return words;
  }

  private static int size(long count, long most) {
    if (most <= 1) {
      return 1;
    }
    return 1 + (int) Math.round((SIZES - 1) * (count - 1) / (double) (most - 1));
  }
}
