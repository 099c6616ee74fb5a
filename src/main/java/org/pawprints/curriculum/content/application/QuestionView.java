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
}
