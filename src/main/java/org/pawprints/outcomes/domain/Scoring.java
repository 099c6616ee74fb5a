package org.pawprints.outcomes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pawprints.platform.refusal.Refusal;

/**
 * A person's score at one wave: the mean of their answers on the version's scale, a reverse-scored
 * statement counting as {@code scalePoints + 1 - answer}. Higher means closer.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * The answers as sent (item position to the text of the chosen point), checked against the
   * version: every statement answered, each with a whole number on its scale. A tampered value gets
   * a message, not a row.
   */
  public static List<Integer> checked(ItemSet set, Map<Integer, String> sent) {
    List<Integer> answers = new ArrayList<>();
    for (Item item : set.getItems()) {
      String value = sent.get(item.getPosition());
      if (value == null || value.isBlank()) {
        throw new Refusal("outcomes.answerMissing", item.getPosition());
      }
      int point;
      try {
        point = Integer.parseInt(value.strip());
      } catch (NumberFormatException notANumber) {
        throw new Refusal("outcomes.answerOutOfRange", item.getPosition(), set.getScalePoints());
      }
      if (point < 1 || point > set.getScalePoints()) {
        throw new Refusal("outcomes.answerOutOfRange", item.getPosition(), set.getScalePoints());
      }
      answers.add(point);
    }
    return answers;
  }

  /** The score of answers given in item order. */
  public static double score(ItemSet set, List<Integer> answers) {
    List<Item> items = set.getItems();
    if (answers.size() != items.size() || answers.isEmpty()) {
      throw new IllegalArgumentException("one answer per statement");
    }
    double sum = 0;
    for (int i = 0; i < items.size(); i++) {
      int answer = answers.get(i);
      sum += items.get(i).isReverseScored() ? set.getScalePoints() + 1 - answer : answer;
    }
    return sum / items.size();
  }
}
