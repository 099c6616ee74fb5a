package org.pawprints.curriculum.content.application;

import java.io.Serializable;
import java.util.List;
import org.pawprints.curriculum.content.domain.ExerciseKind;
import org.pawprints.curriculum.content.domain.ModuleDocument.Exercise;

/**
 * An exercise as a page shows it. The prompt is safe HTML; every other text is plain. Fields that
 * belong to other kinds are null, false or empty: {@code placeholder} (reflection, commitment),
 * {@code harshStartUp}, {@code modelAnswer} and {@code checklist} (rewrite), {@code situation} and
 * {@code choices} (scenario), {@code suggestions} (ritual planner), {@code phrases} (phrase
 * picker), and {@code allowCustom} (ritual planner, phrase picker).
 */
public final class ExerciseView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final ExerciseKind kind;
  private final String title;
  private final String promptHtml;
  private final String prompt;
  private final boolean shared;
  private final String conversationPrompt;
  private final String placeholder;
  private final String harshStartUp;
  private final String modelAnswer;
  private final String situation;
  private final List<ChoiceView> choices;
  private final List<ItemView> items;
  private final boolean allowCustom;

  ExerciseView(Exercise exercise) {
    this.id = exercise.id();
    this.kind = exercise.kind();
    this.title = exercise.title();
    this.promptHtml = SafeMarkdown.toHtml(exercise.prompt());
    this.prompt = exercise.prompt();
    this.shared = exercise.shared();
    this.conversationPrompt = exercise.conversationPrompt();
    this.placeholder = exercise.placeholder();
    this.harshStartUp = exercise.harshStartUp();
    this.modelAnswer = exercise.modelAnswer();
    this.situation = exercise.situation();
    this.choices =
        exercise.choices().stream()
            .map(
                c ->
                    new ChoiceView(
                        c.id(), c.label(), c.feedback(), c.id().equals(exercise.bestChoice())))
            .toList();
    this.items = exercise.items().stream().map(i -> new ItemView(i.id(), i.label())).toList();
    this.allowCustom = exercise.allowCustom();
  }

  public String getId() {
    return id;
  }

  public ExerciseKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  /** The prompt as written (Markdown), for a live session's couple exercise to copy. */
  public String getPrompt() {
    return prompt;
  }

  public String getPromptHtml() {
    return promptHtml;
  }

  /**
   * True when each partner answers privately and both answers are revealed side by side once both
   * have answered.
   */
  public boolean isShared() {
    return shared;
  }

  /** What the partners talk about once both answers are revealed; null unless shared. */
  public String getConversationPrompt() {
    return conversationPrompt;
  }

  public String getPlaceholder() {
    return placeholder;
  }

  public String getHarshStartUp() {
    return harshStartUp;
  }

  public String getModelAnswer() {
    return modelAnswer;
  }

  public String getSituation() {
    return situation;
  }

  public List<ChoiceView> getChoices() {
    return choices;
  }

  public List<ItemView> getChecklist() {
    return itemsIf(ExerciseKind.REWRITE);
  }

  public List<ItemView> getSuggestions() {
    return itemsIf(ExerciseKind.RITUAL_PLANNER);
  }

  public List<ItemView> getPhrases() {
    return itemsIf(ExerciseKind.PHRASE_PICKER);
  }

  /** True when the participant may write their own ritual or phrase besides those listed. */
  public boolean isAllowCustom() {
    return allowCustom;
  }

  private List<ItemView> itemsIf(ExerciseKind itemsKind) {
    return kind == itemsKind ? items : List.of();
  }
}
