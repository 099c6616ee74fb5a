package org.pawprints.curriculum.content.domain;

import java.util.Optional;

/** How a quiz question is answered. */
public enum QuestionType {
  /** One option is correct; the participant picks one. */
  SINGLE("single"),
  /** Two or more options are correct; the participant picks all that apply. */
  MULTIPLE("multiple"),
  /** Two options, {@code true} and {@code false}, one of them correct. */
  TRUE_FALSE("trueFalse");

  private final String jsonName;

  QuestionType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name content files use, such as {@code trueFalse}. */
  public String jsonName() {
    return jsonName;
  }

  public static Optional<QuestionType> ofJsonName(String name) {
    for (QuestionType type : values()) {
      if (type.jsonName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
