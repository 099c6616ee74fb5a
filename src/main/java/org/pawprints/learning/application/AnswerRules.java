package org.pawprints.learning.application;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ItemView;
import org.pawprints.curriculum.content.domain.ExerciseKind;
import org.pawprints.learning.domain.AnswerContent;

/**
 * What makes an answer acceptable to save, and what makes it complete, for each kind of exercise. A
 * draft may be partial (autosave keeps whatever was typed); "complete" is what the module's
 * completion counts.
 */
public final class AnswerRules {

  public static final Set<String> DAYS =
      Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
  public static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKDAYS", "WEEKLY");

  private AnswerRules() {}

  /** The message key of what is wrong with this content, or empty when it may be saved. */
  public static Optional<String> problem(ExerciseView exercise, AnswerContent content) {
    if (content.text().length() > AnswerContent.MAX_TEXT
        || content.custom().length() > AnswerContent.MAX_TEXT) {
      return Optional.of("answer.tooLong");
    }
    if (!allowed(exercise).containsAll(content.picked())
        || new HashSet<>(content.picked()).size() != content.picked().size()) {
      return Optional.of("answer.unknownChoice");
    }
    if (!content.day().isEmpty() && !DAYS.contains(content.day())) {
      return Optional.of("answer.badDay");
    }
    if (!content.time().isEmpty() && !content.time().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
      return Optional.of("answer.badTime");
    }
    if (!content.frequency().isEmpty() && !FREQUENCIES.contains(content.frequency())) {
      return Optional.of("answer.badFrequency");
    }
    return Optional.empty();
  }

  /** The message key of what is still missing for the answer to count, or empty. */
  public static Optional<String> missing(ExerciseView exercise, AnswerContent content) {
    ExerciseKind kind = exercise.getKind();
    return switch (kind) {
      case REFLECTION, REWRITE ->
          content.text().isBlank() ? Optional.of("answer.textRequired") : Optional.empty();
      case SCENARIO ->
          content.picked().size() == 1 ? Optional.empty() : Optional.of("answer.chooseOne");
      case RITUAL_PLANNER, PHRASE_PICKER ->
          content.picked().isEmpty() && content.custom().isBlank()
              ? Optional.of("answer.pickOrWrite")
              : Optional.empty();
      case COMMITMENT ->
          content.text().isBlank() || content.day().isEmpty() || content.time().isEmpty()
              ? Optional.of("answer.commitmentIncomplete")
              : Optional.empty();
    };
  }

  private static Set<String> allowed(ExerciseView exercise) {
    Set<String> ids = new HashSet<>();
    exercise.getChoices().forEach(c -> ids.add(c.getId()));
    ids(exercise.getSuggestions(), ids);
    ids(exercise.getPhrases(), ids);
    return ids;
  }

  private static void ids(List<ItemView> items, Set<String> into) {
    items.forEach(i -> into.add(i.getId()));
  }
}
