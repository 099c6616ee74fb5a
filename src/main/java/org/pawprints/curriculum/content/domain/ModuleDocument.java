package org.pawprints.curriculum.content.domain;

import java.util.List;
import org.pawprints.platform.i18n.Language;

/**
 * One module in one language, as a content file or a stored version holds it (see {@code
 * content/modules/README.md}). Fields named {@code body}, {@code prompt}, {@code joeysTake} and
 * {@code learnMore} hold Markdown; every other text is plain. Ids are the stable keys that answers
 * and progress refer to; the English and French documents of a module share all of them.
 */
public record ModuleDocument(
    String slug,
    int step,
    Language language,
    String title,
    String summary,
    List<Section> sections,
    List<Exercise> exercises,
    Quiz quiz,
    Practice practice,
    String joeysTake,
    String learnMore,
    Guide guide) {

  public ModuleDocument {
    sections = List.copyOf(sections);
    exercises = List.copyOf(exercises);
  }

  /** A lesson section: a title and a Markdown body. */
  public record Section(String id, String title, String body) {}

  /**
   * An exercise. The fields after {@code conversationPrompt} belong to some kinds only and are
   * null, false or empty for the others: {@code placeholder} (reflection, commitment), {@code
   * harshStartUp}, {@code modelAnswer} and the checklist in {@code items} (rewrite), {@code
   * situation}, {@code choices} and {@code bestChoice} (scenario), suggestions or phrases in {@code
   * items} with {@code allowCustom} (ritual planner, phrase picker).
   *
   * @param shared answered privately by each partner, then revealed side by side once both have
   *     answered; a shared exercise has a {@code conversationPrompt}
   */
  public record Exercise(
      String id,
      ExerciseKind kind,
      String title,
      String prompt,
      boolean shared,
      String conversationPrompt,
      String placeholder,
      String harshStartUp,
      String modelAnswer,
      String situation,
      List<Choice> choices,
      String bestChoice,
      List<Item> items,
      boolean allowCustom) {

    public Exercise {
      choices = List.copyOf(choices);
      items = List.copyOf(items);
    }
  }

  /** A labelled item of a list: a checklist point, a ritual suggestion or a phrase. */
  public record Item(String id, String label) {}

  /** One response in a scenario, with the feedback shown once it is picked. */
  public record Choice(String id, String label, String feedback) {}

  /** The module's quiz, passed with at least {@code passPercent} percent of questions right. */
  public record Quiz(int passPercent, List<Question> questions) {
    public Quiz {
      questions = List.copyOf(questions);
    }
  }

  /** A quiz question. */
  public record Question(String id, QuestionType type, String text, List<Option> options) {
    public Question {
      options = List.copyOf(options);
    }

    public long correctCount() {
      return options.stream().filter(Option::correct).count();
    }
  }

  /** An answer option, with the explanation shown after answering, right or wrong. */
  public record Option(String id, String text, boolean correct, String explanation) {}

  /**
   * The module's guide (issue 14): how long each part takes, three learning objectives, the "how
   * did last week's practice go?" opener (from step 2 on), phrases to try and the key takeaways;
   * the handout is printed from it. Plain text. Null in versions stored before it.
   */
  public record Guide(
      int lessonMinutes,
      int exerciseMinutes,
      int quizMinutes,
      List<String> objectives,
      String opener,
      List<String> phrases,
      List<String> takeaways) {
    public Guide {
      objectives = List.copyOf(objectives);
      phrases = List.copyOf(phrases);
      takeaways = List.copyOf(takeaways);
    }

    public int totalMinutes() {
      return lessonMinutes + exerciseMinutes + quizMinutes;
    }
  }

  /** The practice card: what to try between sessions, with a Markdown body. */
  public record Practice(String title, String body) {}
}
