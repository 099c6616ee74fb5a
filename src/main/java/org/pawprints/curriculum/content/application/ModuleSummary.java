package org.pawprints.curriculum.content.application;

import java.io.Serializable;

/** A module in a list of modules: which step it belongs to, its title, summary and size. */
public final class ModuleSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int stepNumber;
  private final String slug;
  private final String title;
  private final String summary;
  private final int sectionCount;
  private final int exerciseCount;
  private final int questionCount;
  private final int versionNo;

  ModuleSummary(ModuleView module) {
    this.stepNumber = module.getStepNumber();
    this.slug = module.getSlug();
    this.title = module.getTitle();
    this.summary = module.getSummary();
    this.sectionCount = module.getSections().size();
    this.exerciseCount = module.getExercises().size();
    this.questionCount = module.getQuiz().getQuestions().size();
    this.versionNo = module.getVersionNo();
  }

  public int getStepNumber() {
    return stepNumber;
  }

  public String getSlug() {
    return slug;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public int getSectionCount() {
    return sectionCount;
  }

  public int getExerciseCount() {
    return exerciseCount;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public int getVersionNo() {
    return versionNo;
  }
}
