package org.pawprints.couple.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.learning.domain.AnswerContent;

/** One side of a reveal as the page shows it: whose it is, and the answer with labels, not ids. */
public final class RevealedAnswer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String who;
  private final String text;
  private final List<String> picked;
  private final String custom;
  private final String day;
  private final String time;

  RevealedAnswer(String who, AnswerContent content, ExerciseView exercise) {
    Map<String, String> labels = new HashMap<>();
    exercise.getChoices().forEach(c -> labels.put(c.getId(), c.getLabel()));
    exercise.getSuggestions().forEach(i -> labels.put(i.getId(), i.getLabel()));
    exercise.getPhrases().forEach(i -> labels.put(i.getId(), i.getLabel()));
    this.who = who;
    this.text = content.text();
    this.picked = new ArrayList<>(content.picked().stream().map(labels::get).toList());
    this.custom = content.custom();
    this.day = content.day();
    this.time = content.time();
  }

  /** "mine" or "partner": names the heading and the element id. */
  public String getWho() {
    return who;
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

  public String getDay() {
    return day;
  }

  public String getTime() {
    return time;
  }
}
