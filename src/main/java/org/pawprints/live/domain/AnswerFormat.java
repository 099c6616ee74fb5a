package org.pawprints.live.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pawprints.platform.refusal.Refusal;

/**
 * What an answer to an activity looks like when stored: option indexes ("1" or "0,2"), a number
 * from 1 to 10, or a short text. {@link #normalized} refuses anything else with a message key.
 */
public final class AnswerFormat {

  private AnswerFormat() {}

  public static String normalized(LiveActivity activity, String raw) {
    String given = raw == null ? "" : raw.strip();
    if (given.isEmpty()) {
      throw new Refusal("live.answer.empty");
    }
    if (activity.isScale()) {
      int value = number(given);
      if (value < 1 || value > 10) {
        throw new Refusal("live.answer.scale.range");
      }
      return String.valueOf(value);
    }
    return switch (activity.getKind()) {
      case POLL, QUIZ_QUESTION -> options(activity, given);
      case OPEN_QUESTION -> text(given);
      default -> throw new Refusal("live.answer.notAsked");
    };
  }

  /** The option indexes of a stored choice answer. */
  public static Set<Integer> indexes(String stored) {
    return Arrays.stream(stored.split(","))
        .map(String::strip)
        .map(AnswerFormat::number)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String options(LiveActivity activity, String given) {
    Set<Integer> chosen = indexes(given);
    if (chosen.stream().anyMatch(i -> i < 0 || i >= activity.getOptions().size())) {
      throw new Refusal("live.answer.noSuchOption");
    }
    if (chosen.size() > 1 && !activity.isMultiple()) {
      throw new Refusal("live.answer.oneOnly");
    }
    return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static String text(String given) {
    if (given.length() > LiveAnswer.MAX_TEXT) {
      throw new Refusal("live.answer.tooLong", LiveAnswer.MAX_TEXT);
    }
    return given;
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      throw new Refusal("live.answer.noSuchOption");
    }
  }
}
