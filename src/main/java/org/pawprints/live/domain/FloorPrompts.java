package org.pawprints.live.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The floor's two lists of prompts: what the speaker sees and what the listener sees. They are kept
 * in the activity's option lines, each marked {@code S:} or {@code L:}, so the agenda, its copies
 * and the default plans carry them without another column.
 */
public record FloorPrompts(List<String> speaker, List<String> listener) {

  private static final String SPEAKER = "S:";
  private static final String LISTENER = "L:";

  public FloorPrompts {
    speaker = clean(speaker);
    listener = clean(listener);
  }

  public static FloorPrompts of(List<String> optionLines) {
    List<String> speaker = new ArrayList<>();
    List<String> listener = new ArrayList<>();
    for (String line : optionLines) {
      if (line.startsWith(SPEAKER)) {
        speaker.add(line.substring(SPEAKER.length()));
      } else if (line.startsWith(LISTENER)) {
        listener.add(line.substring(LISTENER.length()));
      }
    }
    return new FloorPrompts(speaker, listener);
  }

  public List<String> toOptionLines() {
    List<String> lines = new ArrayList<>();
    speaker.forEach(p -> lines.add(SPEAKER + p));
    listener.forEach(p -> lines.add(LISTENER + p));
    return lines;
  }

  /** Whether every option line is one of the two kinds (anything else is not a floor's prompt). */
  public static boolean allMarked(List<String> optionLines) {
    return optionLines.stream().allMatch(l -> l.startsWith(SPEAKER) || l.startsWith(LISTENER));
  }

  private static List<String> clean(List<String> prompts) {
    return prompts == null
        ? List.of()
        : prompts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
