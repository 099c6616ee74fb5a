package org.pawprints.curriculum.content.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.platform.i18n.Language;

/**
 * A step's module in one language, as pages show it. Getters ending in {@code Html} return safe
 * HTML rendered from Markdown (for {@code escape="false"}); every other text is plain and must be
 * escaped as usual. Answers refer to an exercise by the step's slug and the exercise's id, and to a
 * quiz question by its id: both stay the same across versions and languages.
 */
public final class ModuleView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int stepNumber;
  private final String slug;
  private final Language language;
  private final int versionNo;
  private final String title;
  private final String summary;
  private final List<SectionView> sections;
  private final List<ExerciseView> exercises;
  private final QuizView quiz;
  private final PracticeView practice;
  private final String joeysTakeHtml;
  private final String learnMoreHtml;
  private final GuideView guide;

  ModuleView(ModuleDocument module, int versionNo) {
    this.stepNumber = module.step();
    this.slug = module.slug();
    this.language = module.language();
    this.versionNo = versionNo;
    this.title = module.title();
    this.summary = module.summary();
    this.sections =
        module.sections().stream()
            .map(s -> new SectionView(s.id(), s.title(), SafeMarkdown.toHtml(s.body())))
            .toList();
    this.exercises = module.exercises().stream().map(ExerciseView::new).toList();
    this.quiz =
        new QuizView(
            module.quiz().passPercent(),
            module.quiz().questions().stream()
                .map(
                    q ->
                        new QuestionView(
                            q.id(),
                            q.type(),
                            q.text(),
                            q.options().stream()
                                .map(
                                    o ->
                                        new OptionView(
                                            o.id(), o.text(), o.correct(), o.explanation()))
                                .toList()))
                .toList());
    this.practice =
        new PracticeView(module.practice().title(), SafeMarkdown.toHtml(module.practice().body()));
    this.joeysTakeHtml = SafeMarkdown.toHtml(module.joeysTake());
    this.learnMoreHtml = SafeMarkdown.toHtml(module.learnMore());
    this.guide = module.guide() == null ? null : new GuideView(module.guide());
  }

  /**
   * The guide (time, objectives, opener, phrases, takeaways); null in versions stored before it.
   */
  public GuideView getGuide() {
    return guide;
  }

  public int getStepNumber() {
    return stepNumber;
  }

  public String getSlug() {
    return slug;
  }

  public Language getLanguage() {
    return language;
  }

  /** Which version of the module this is, in its language; answers may record it. */
  public int getVersionNo() {
    return versionNo;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public List<SectionView> getSections() {
    return sections;
  }

  public List<ExerciseView> getExercises() {
    return exercises;
  }

  public Optional<ExerciseView> exercise(String id) {
    return exercises.stream().filter(e -> e.getId().equals(id)).findFirst();
  }

  public Optional<QuestionView> question(String id) {
    return quiz.getQuestions().stream().filter(q -> q.getId().equals(id)).findFirst();
  }

  public QuizView getQuiz() {
    return quiz;
  }

  public PracticeView getPractice() {
    return practice;
  }

  public String getJoeysTakeHtml() {
    return joeysTakeHtml;
  }

  public String getLearnMoreHtml() {
    return learnMoreHtml;
  }
}
