package org.pawprints.reporting.application;

import java.io.Serializable;
import java.util.List;

/** One answer a participant chose to show their facilitators, as the page shows it. */
public final class SharedAnswer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String author;
  private final String module;
  private final String exercise;
  private final String text;
  private final List<String> picked;
  private final String custom;

  SharedAnswer(
      String author,
      String module,
      String exercise,
      String text,
      List<String> picked,
      String custom) {
    this.author = author;
    this.module = module;
    this.exercise = exercise;
    this.text = text;
    this.picked = List.copyOf(picked);
    this.custom = custom;
  }

  public String getAuthor() {
    return author;
  }

  public String getModule() {
    return module;
  }

  public String getExercise() {
    return exercise;
  }

  public String getText() {
    return text;
  }

  public List<String> getPicked() {
    return picked;
  }

  public String getCustom() {
    return custom;
  }
}
