package org.pawprints.learning.web;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.curriculum.content.application.ChoiceView;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ItemView;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.learning.application.AnswerOnScreen;
import org.pawprints.learning.application.AnswerRules;
import org.pawprints.learning.application.AnswerStage;
import org.pawprints.learning.application.AnswerWithdrawn;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.application.DoneWording;
import org.pawprints.learning.application.RewriteHints;
import org.pawprints.learning.application.SavedAnswer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;

/**
 * The answer form of the exercise on a module screen ({@code
 * WEB-INF/includes/module-answer.xhtml}): the fields as the person edits them, autosave while
 * typing (a private draft), "Done" (the version others may see), and what to notice once done. Text
 * answers autosave. It tells the page's other parts what it loaded or saved ({@link
 * AnswerOnScreen}).
 */
@Named
@ViewScoped
public class AnswerForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModulePage page;
  @Inject transient Answers answers;
  @Inject transient AccessPolicy access;
  @Inject transient CurrentLanguage language;
  @Inject transient Feedback feedback;
  @Inject transient Event<AnswerOnScreen> onScreen;
  @Inject transient Instance<DoneWording> doneWordings;

  private boolean submitted;
  private AnswerStage stage = AnswerStage.NONE;
  private Instant savedAt;
  private boolean answerKept;
  private boolean withdrawn;
  private long earlierVersions;

  private String text;
  private List<String> picked = new ArrayList<>();
  private String pickedOne;
  private String custom;
  private String day;
  private String time;
  private String frequency;

  /** The module page opened on an exercise: show my answer to it. */
  void load() {
    ExerciseView exercise = page.getExercise();
    Map<String, AnswerContent> mineByExercise = answers.mine(page.getStep());
    answerKept = mineByExercise.containsKey(exercise.getId());
    AnswerContent mine = mineByExercise.getOrDefault(exercise.getId(), AnswerContent.EMPTY);
    text = mine.text();
    picked = new ArrayList<>(mine.picked());
    pickedOne = mine.picked().isEmpty() ? null : mine.picked().get(0);
    custom = mine.custom();
    day = mine.day();
    time = mine.time();
    frequency = mine.frequency();
    stage = answerKept ? answers.stage(page.getStep(), exercise.getId()) : AnswerStage.NONE;
    submitted = stage.hasDoneVersion();
    earlierVersions = answerKept ? answers.revisionCount(page.getStep(), exercise.getId()) : 0;
    announce(true);
  }

  /** "Clear earlier versions": the current text stays; the versions kept before it go. */
  public void clearEarlierVersions() {
    ExerciseView exercise = page.getExercise();
    if (exercise == null) {
      return;
    }
    if (feedback.attempt(() -> answers.clearEarlierVersions(page.getStep(), exercise.getId()))) {
      earlierVersions = 0;
      feedback.info("answer.earlierVersionsCleared");
    }
  }

  /** How many earlier versions of this answer are kept (shown next to "Clear earlier versions"). */
  public long getEarlierVersions() {
    return earlierVersions;
  }

  private void announce(boolean settled) {
    onScreen.fire(
        new AnswerOnScreen(page.getStep(), page.getExercise(), answerKept, submitted, settled));
  }

  /** Autosave while typing: keeps whatever is there, complete or not, as my private draft. */
  public void autosave() {
    if (save(false)) {
      announce(false);
    }
  }

  /**
   * "Done": the answer must be complete; it is then the version my partner or facilitator may see
   * (as I chose), and any feedback is shown.
   */
  public void submit() {
    ExerciseView exercise = page.getExercise();
    if (exercise == null) {
      return;
    }
    Optional<String> missing = AnswerRules.missing(exercise, content(exercise));
    if (missing.isPresent()) {
      feedback.error(missing.get());
      return;
    }
    if (save(true)) {
      submitted = stage.hasDoneVersion();
      feedback.info(
          doneWordings.stream()
              .map(wording -> wording.instead(page.getStep(), exercise.getId()))
              .flatMap(Optional::stream)
              .findFirst()
              .orElse("answer.doneSaved"));
      announce(true);
    }
  }

  /** Saves the form: as done ("Done" button), or as a draft (autosave). */
  private boolean save(boolean done) {
    ExerciseView exercise = page.getExercise();
    if (exercise == null) {
      return false;
    }
    AnswerContent content = content(exercise);
    if (!done && content.isBlank() && savedAt == null) {
      return false; // Nothing typed yet: nothing to keep.
    }
    // Two tabs, or a double click, can both create the first answer at once; the database keeps
    // one (a unique key), and the loser simply saves again as an edit.
    return feedback.attempt(
        () -> {
          SavedAnswer saved =
              UniqueKeyRace.retryOnce(() -> saveOnce(exercise.getId(), content, done));
          savedAt = saved.at();
          stage = saved.stage();
          earlierVersions = answers.revisionCount(page.getStep(), exercise.getId());
          answerKept = true;
          withdrawn = false;
        });
  }

  private SavedAnswer saveOnce(String exerciseId, AnswerContent content, boolean done) {
    return done
        ? answers.save(page.getStep(), exerciseId, content)
        : answers.saveDraft(page.getStep(), exerciseId, content);
  }

  /**
   * The couple panel withdrew my answer: forget it here, and tell the browser to drop its draft.
   */
  void withdrawn(@Observes AnswerWithdrawn gone) {
    text = "";
    picked = new ArrayList<>();
    pickedOne = null;
    custom = "";
    day = "";
    time = "";
    frequency = "";
    savedAt = null;
    answerKept = false;
    submitted = false;
    stage = AnswerStage.NONE;
    withdrawn = true;
  }

  private AnswerContent content(ExerciseView exercise) {
    List<String> choices =
        switch (exercise.getKind()) {
          case SCENARIO ->
              pickedOne == null || pickedOne.isBlank() ? List.of() : List.of(pickedOne);
          case RITUAL_PLANNER, PHRASE_PICKER -> picked == null ? List.of() : picked;
          default -> List.of();
        };
    return new AnswerContent(text, choices, custom, day, time, frequency);
  }

  // ----- What the form shows -----

  /** For a scenario once answered: the feedback on the choice made. */
  public ChoiceView getChosen() {
    ExerciseView exercise = page.getExercise();
    if (exercise == null || pickedOne == null) {
      return null;
    }
    return exercise.getChoices().stream()
        .filter(c -> c.getId().equals(pickedOne))
        .findFirst()
        .orElse(null);
  }

  /** For a rewrite once saved: each checklist item, and whether the text seems to meet it. */
  public List<Hint> getHints() {
    ExerciseView exercise = page.getExercise();
    List<Hint> hints = new ArrayList<>();
    if (exercise != null) {
      for (ItemView item : exercise.getChecklist()) {
        hints.add(
            new Hint(
                item.getId(),
                item.getLabel(),
                RewriteHints.check(item.getId(), text).orElse(null)));
      }
    }
    return hints;
  }

  public String getSavedAtText() {
    if (savedAt == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(language.getLocale())
        .withZone(ZoneId.systemDefault())
        .format(savedAt);
  }

  /** The key under which the browser keeps an unsaved draft (see autosave.js). */
  public String getDraftKey() {
    ExerciseView exercise = page.getExercise();
    long me = access.viewer().personId();
    return "pawprints-draft:"
        + me
        + ":"
        + page.getStep()
        + ":"
        + (exercise == null ? "" : exercise.getId());
  }

  public List<String> getDayOrder() {
    return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
  }

  public List<String> getFrequencyOrder() {
    return List.of("DAILY", "WEEKDAYS", "WEEKLY");
  }

  /** Just withdrawn: the browser forgets its draft copy too (see autosave.js). */
  public boolean isWithdrawn() {
    return withdrawn;
  }

  /** A version of my answer was marked done (what the after-saving feedback is about). */
  public boolean isSubmitted() {
    return submitted;
  }

  /**
   * Where my answer stands, an {@link AnswerStage} name: the page says plainly whether it is a
   * private draft or done, and whether changes since "done" are still mine alone.
   */
  public String getStage() {
    return stage.name();
  }

  /**
   * The message key of the line under the answer for this stage: learning's own, unless a feature
   * above knows it would be untrue (on the individual track "your partner may see it" is not).
   */
  public String stageKey(String shown) {
    ExerciseView exercise = page.getExercise();
    return (exercise == null
            ? Optional.<String>empty()
            : doneWordings.stream()
                .map(wording -> wording.stageInstead(page.getStep(), exercise.getId(), shown))
                .flatMap(Optional::stream)
                .findFirst())
        .orElse("answer.stage." + shown);
  }

  /**
   * A checklist line: its id (the page words a checked line as a suggestion from the bundle, by
   * id), its label, and true/false/null (not checked automatically: a question to ask oneself).
   */
  public static final class Hint implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String label;
    private final Boolean met;

    Hint(String id, String label, Boolean met) {
      this.id = id;
      this.label = label;
      this.met = met;
    }

    public String getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }

    public Boolean getMet() {
      return met;
    }
  }

  // ----- Form fields -----

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<String> getPicked() {
    return picked;
  }

  public void setPicked(List<String> picked) {
    this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
  }

  public String getPickedOne() {
    return pickedOne;
  }

  public void setPickedOne(String pickedOne) {
    this.pickedOne = pickedOne;
  }

  public String getCustom() {
    return custom;
  }

  public void setCustom(String custom) {
    this.custom = custom;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }
}
