package org.pawprints.curriculum.content.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.pawprints.curriculum.content.domain.ModuleDocument.Guide;

/**
 * A module's guide for pages (issue 14): time estimates, objectives, the opener about last week's
 * practice, phrases to try and the key takeaways. Plain text; getters because pages read it.
 */
public final class GuideView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int lessonMinutes;
  private final int exerciseMinutes;
  private final int quizMinutes;
  private final ArrayList<String> objectives;
  private final String opener;
  private final ArrayList<String> phrases;
  private final ArrayList<String> takeaways;

  GuideView(Guide guide) {
    this.lessonMinutes = guide.lessonMinutes();
    this.exerciseMinutes = guide.exerciseMinutes();
    this.quizMinutes = guide.quizMinutes();
    this.objectives = new ArrayList<>(guide.objectives());
    this.opener = guide.opener();
    this.phrases = new ArrayList<>(guide.phrases());
    this.takeaways = new ArrayList<>(guide.takeaways());
  }

  public int getLessonMinutes() {
    return lessonMinutes;
  }

  public int getExerciseMinutes() {
    return exerciseMinutes;
  }

  public int getQuizMinutes() {
    return quizMinutes;
  }

  public int getTotalMinutes() {
    return lessonMinutes + exerciseMinutes + quizMinutes;
  }

  public List<String> getObjectives() {
    return objectives;
  }

  /** Null for step 1: there is no last week yet. */
  public String getOpener() {
    return opener;
  }

  public List<String> getPhrases() {
    return phrases;
  }

  public List<String> getTakeaways() {
    return takeaways;
  }
}
