package org.pawprints.curriculum.content.application;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.curriculum.content.domain.QuestionType;

/** A quiz question (plain text) with its options in order. */
public final class QuestionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final QuestionType type;
  private final String text;
  private final List<OptionView> options;

  QuestionView(String id, QuestionType type, String text, List<OptionView> options) {
    this.id = id;
    this.type = type;
    this.text = text;
    this.options = List.copyOf(options);
  }

  public String getId() {
    return id;
  }

  public QuestionType getType() {
    return type;
  }

  /** True when several options may be picked, for pages choosing checkboxes over radio buttons. */
  public boolean isMultiple() {
    return type == QuestionType.MULTIPLE;
  }

  public String getText() {
    return text;
  }

  public List<OptionView> getOptions() {
    return options;
  }

  /** True when the picked option ids are exactly the correct ones. */
  public boolean isAnsweredCorrectly(Collection<String> pickedOptionIds) {
    Set<String> correct =
        options.stream()
            .filter(OptionView::isCorrect)
            .map(OptionView::getId)
            .collect(Collectors.toSet());
    return Set.copyOf(pickedOptionIds).equals(correct);
  }

  /**
   * The share of the question earned, 0 to 100. One-answer questions are all or nothing; for
   * "choose all that apply", each right option picked counts, each wrong one picked takes one back
   * (so ticking every box earns little), never below zero.
   */
  public int credit(Collection<String> pickedOptionIds) {
    if (isAnsweredCorrectly(pickedOptionIds)) {
      return 100;
    }
    if (!isMultiple()) {
      return 0;
    }
    Set<String> picked = Set.copyOf(pickedOptionIds);
    long right = options.stream().filter(o -> o.isCorrect() && picked.contains(o.getId())).count();
    long wrong = options.stream().filter(o -> !o.isCorrect() && picked.contains(o.getId())).count();
    long total = options.stream().filter(OptionView::isCorrect).count();
    return (int) Math.max(0, (right - wrong) * 100 / total);
  }
}
