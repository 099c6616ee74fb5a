package org.pawprints.live.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The room's answers to one choice or scale activity, counted: one bar per option (or per number
 * from 1 to 10), each with its count and its share of the people who answered (a multiple-choice
 * poll's shares can add up to more than 100).
 */
public record Tally(long answered, List<Bar> bars) {

  /** One option's (or number's) bar: its label, how many chose it, and its percentage. */
  public record Bar(String label, long count, int percent, boolean correct) {}

  public static Tally of(LiveActivity activity, List<String> storedAnswers) {
    List<String> labels = new ArrayList<>();
    if (activity.isScale()) {
      for (int i = 1; i <= 10; i++) {
        labels.add(String.valueOf(i));
      }
    } else {
      labels.addAll(activity.getOptions());
    }
    long[] counts = new long[labels.size()];
    for (String stored : storedAnswers) {
      for (int index : AnswerFormat.indexes(stored)) {
        int slot = activity.isScale() ? index - 1 : index;
        if (slot >= 0 && slot < counts.length) {
          counts[slot]++;
        }
      }
    }
    long answered = storedAnswers.size();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      int percent = answered == 0 ? 0 : (int) Math.round(100.0 * counts[i] / answered);
      boolean correct = !activity.isScale() && activity.getCorrect().contains(i);
      bars.add(new Bar(labels.get(i), counts[i], percent, correct));
    }
    return new Tally(answered, List.copyOf(bars));
  }
}
