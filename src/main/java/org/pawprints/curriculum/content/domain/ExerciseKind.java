package org.pawprints.curriculum.content.domain;

import java.util.Optional;

/** What a participant does in an exercise; each kind has its own fields in the document. */
public enum ExerciseKind {
  /** Free writing, with a placeholder. */
  REFLECTION("reflection"),
  /** Rewrite a harsh start-up, then compare with a model answer and a checklist. */
  REWRITE("rewrite"),
  /** Read a situation and pick one of three responses, each with feedback. */
  SCENARIO("scenario"),
  /** Pick or write a ritual of connection from suggestions. */
  RITUAL_PLANNER("ritualPlanner"),
  /** Pick repair or appreciation phrases from a list. */
  PHRASE_PICKER("phrasePicker"),
  /** Write a promise and pick the day and time it will happen. */
  COMMITMENT("commitment");

  private final String jsonName;

  ExerciseKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name content files use, such as {@code ritualPlanner}. */
  public String jsonName() {
    return jsonName;
  }

  public static Optional<ExerciseKind> ofJsonName(String name) {
    for (ExerciseKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
