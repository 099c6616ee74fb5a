package org.pawprints.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Reactions;
import org.pawprints.couple.application.Reveal;
import org.pawprints.couple.application.Reveals;
import org.pawprints.couple.domain.ReactionKind;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.curriculum.content.application.ChoiceView;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ItemView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.curriculum.content.application.SectionView;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.learning.application.AnswerRules;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.application.LearningProblem;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.learning.application.Progress;
import org.pawprints.learning.application.RewriteHints;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * One module, one screen at a time: a lesson section, an exercise, the quiz or the closing practice
 * card. Next and Back are POSTs that remember the place, then redirect, so the address always names
 * the screen and "continue where I left off" returns to it. Text answers autosave.
 */
@Named
@ViewScoped
public class ModulePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ModuleCatalog catalog;
  @Inject transient Answers answers;
  @Inject transient ParticipantModules modules;
  @Inject transient Progress progress;
  @Inject transient CurrentLanguage language;
  @Inject transient CurrentUser currentUser;
  @Inject transient Feedback feedback;
  @Inject transient Reveals reveals;
  @Inject transient AnswerSharing sharing;
  @Inject transient Reactions reactions;

  private String step;
  private String at;
  private int index;
  private boolean submitted;
  private boolean locked;
  private Instant savedAt;
  private boolean answerKept;
  private boolean withdrawn;
  private boolean confirmingWithdraw;

  // For a shared exercise: where the partner is, and both answers once revealed.
  private PartnerStatus partnerStatus;
  private List<RevealedAnswer> revealed = List.of();
  // What my partner chose to show me before any reveal (shared right away), else null.
  private RevealedAnswer partnerShared;
  private String reactionGiven;
  private String reactionReceived;

  // Who sees my answer: the chooser's value and its options (enum names).
  private String visibility;
  private List<String> visibilityOptions = List.of();
  private boolean sharedWithFacilitators;

  // The current exercise's answer, as the form edits it.
  private String text;
  private List<String> picked = new ArrayList<>();
  private String pickedOne;
  private String custom;
  private String day;
  private String time;
  private String frequency;

  /** The address of a place in a module. */
  public static String address(String step, String location) {
    String base = "/my/module.xhtml?step=" + URLEncoder.encode(step, StandardCharsets.UTF_8);
    return location == null
        ? base
        : base + "&at=" + URLEncoder.encode(location, StandardCharsets.UTF_8);
  }

  public void load() throws IOException {
    Optional<ModuleView> found = catalog.module(step, language.getLanguage());
    if (found.isEmpty()) {
      FacesPages.notFound();
      return;
    }
    locked = !modules.isOpenToMe(step);
    index = ModuleLocation.indexOf(found.get(), at);
    at = getLocation();
    if (!locked) {
      loadAnswer();
    }
  }

  /** True when the cohort's facilitator has not opened this module yet. */
  public boolean isLocked() {
    return locked;
  }

  private void loadAnswer() {
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return;
    }
    Map<String, AnswerContent> mineByExercise = answers.mine(step);
    answerKept = mineByExercise.containsKey(exercise.getId());
    AnswerContent mine = mineByExercise.getOrDefault(exercise.getId(), AnswerContent.EMPTY);
    text = mine.text();
    picked = new ArrayList<>(mine.picked());
    pickedOne = mine.picked().isEmpty() ? null : mine.picked().get(0);
    custom = mine.custom();
    day = mine.day();
    time = mine.time();
    frequency = mine.frequency();
    submitted = AnswerRules.missing(exercise, mine).isEmpty();
    visibility = sharing.mine(step, exercise.getId()).name();
    visibilityOptions = AnswerSharing.offered(exercise).stream().map(Enum::name).toList();
    sharedWithFacilitators = sharing.isSharedWithFacilitators(step, exercise.getId());
    refreshReveal();
  }

  private void refreshReveal() {
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return;
    }
    revealed = List.of();
    partnerShared = null;
    reactionGiven = null;
    reactionReceived = null;
    if (exercise.isShared()) {
      partnerStatus = reveals.partnerStatus(step, exercise.getId());
      Optional<Reveal> both = reveals.revealed(step, exercise.getId());
      revealed =
          both.map(
                  r ->
                      List.of(
                          new RevealedAnswer("mine", r.mine(), exercise),
                          new RevealedAnswer("partner", r.partners(), exercise)))
              .orElse(List.of());
    }
    if (revealed.isEmpty()) {
      partnerShared =
          sharing
              .partnersAnswer(step, exercise.getId())
              .map(content -> new RevealedAnswer("partner", content, exercise))
              .orElse(null);
    } else {
      reactionGiven = reactions.mine(step, exercise.getId()).map(Enum::name).orElse(null);
      reactionReceived = reactions.received(step, exercise.getId()).map(Enum::name).orElse(null);
    }
  }

  /** The visibility chooser changed: saved at once, whether or not an answer exists yet. */
  public void chooseVisibility() {
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return;
    }
    Visibility chosen = parse(Visibility.class, visibility);
    try {
      try {
        sharing.choose(step, exercise.getId(), chosen);
      } catch (TransactionalException | PersistenceException doubleTap) {
        // Two changes at once may both create the first choice; the loser changes it instead.
        if (problemOf(doubleTap).isPresent()) {
          throw doubleTap;
        }
        sharing.choose(step, exercise.getId(), chosen);
      }
      feedback.info("visibility.saved." + chosen.name());
    } catch (RuntimeException failed) {
      problemOf(failed).ifPresentOrElse(feedback::error, () -> rethrow(failed));
      visibility = sharing.mine(step, exercise.getId()).name();
    }
    refreshReveal();
  }

  /** "Also share with my facilitator" changed: saved at once. */
  public void shareWithFacilitators() {
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return;
    }
    boolean share = sharedWithFacilitators;
    try {
      try {
        sharing.shareWithFacilitators(step, exercise.getId(), share);
      } catch (TransactionalException | PersistenceException doubleTap) {
        if (problemOf(doubleTap).isPresent()) {
          throw doubleTap;
        }
        sharing.shareWithFacilitators(step, exercise.getId(), share);
      }
      feedback.info(share ? "facilitatorShare.on" : "facilitatorShare.off");
    } catch (RuntimeException failed) {
      problemOf(failed).ifPresentOrElse(feedback::error, () -> rethrow(failed));
      sharedWithFacilitators = sharing.isSharedWithFacilitators(step, exercise.getId());
    }
  }

  /** One small reaction to my partner's revealed answer (THANK_YOU, I_SEE_YOU, TALK_TONIGHT). */
  public void react(String kind) {
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return;
    }
    ReactionKind chosen = parse(ReactionKind.class, kind);
    try {
      try {
        reactions.react(step, exercise.getId(), chosen);
      } catch (TransactionalException | PersistenceException doubleTap) {
        // Two taps at once may both create the first reaction; the loser changes it instead.
        if (problemOf(doubleTap).isPresent()) {
          throw doubleTap;
        }
        reactions.react(step, exercise.getId(), chosen);
      }
      feedback.info("reaction.sent");
    } catch (RuntimeException failed) {
      problemOf(failed).ifPresentOrElse(feedback::error, () -> rethrow(failed));
    }
    refreshReveal();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      return null; // A forged form value: the service refuses null with a clear message.
    }
  }

  /** The message key of a participant's problem, plain or wrapped by the transaction. */
  private static Optional<String> problemOf(RuntimeException failed) {
    if (failed instanceof LearningProblem problem) {
      return Optional.of(problem.messageKey());
    }
    if (failed.getCause() instanceof LearningProblem problem) {
      return Optional.of(problem.messageKey());
    }
    return Optional.empty();
  }

  private static void rethrow(RuntimeException failed) {
    throw failed;
  }

  /**
   * "Withdraw my answer" asks first: withdrawing deletes the answer and its earlier versions, and
   * nothing typed should be lost by one stray tap.
   */
  public void askToWithdraw() {
    confirmingWithdraw = true;
  }

  public void keepAnswer() {
    confirmingWithdraw = false;
  }

  public boolean isConfirmingWithdraw() {
    return confirmingWithdraw;
  }

  /** "Yes, withdraw it" on a shared exercise, before the reveal. */
  public void withdraw() {
    confirmingWithdraw = false;
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return;
    }
    try {
      reveals.withdraw(step, exercise.getId());
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
      withdrawn = true;
      feedback.info("reveal.withdrawn");
    } catch (LearningProblem problem) {
      feedback.error(problem.messageKey());
    } catch (TransactionalException wrapped) {
      if (!(wrapped.getCause() instanceof LearningProblem problem)) {
        throw wrapped;
      }
      feedback.error(problem.messageKey());
    }
    refreshReveal();
  }

  // ----- Moving through the module -----

  public void next() throws IOException {
    go(Math.min(index + 1, places().size() - 1));
  }

  public void previous() throws IOException {
    go(Math.max(index - 1, 0));
  }

  private void go(int target) throws IOException {
    if (locked) {
      return;
    }
    String location = places().get(target);
    progress.visit(step, location);
    FacesPages.redirect(address(step, location));
  }

  // ----- Answering -----

  /** Autosave while typing: keeps whatever is there, complete or not. */
  public void autosave() {
    save(false);
  }

  /** "Save my answer": the answer must be complete, then any feedback is shown. */
  public void submit() {
    ExerciseView exercise = getExercise();
    Optional<String> missing = AnswerRules.missing(exercise, content(exercise));
    if (missing.isPresent()) {
      feedback.error(missing.get());
      return;
    }
    if (save(true)) {
      submitted = true;
      feedback.info("answer.saved");
      refreshReveal();
    }
  }

  private boolean save(boolean announceProblems) {
    ExerciseView exercise = getExercise();
    if (exercise == null) {
      return false;
    }
    AnswerContent content = content(exercise);
    if (!announceProblems && content.isBlank() && savedAt == null) {
      return false; // Nothing typed yet: nothing to keep.
    }
    try {
      savedAt = saveWithOneRetry(exercise.getId(), content);
      answerKept = true;
      withdrawn = false;
      return true;
    } catch (LearningProblem problem) {
      feedback.error(problem.messageKey());
      return false;
    }
  }

  /**
   * Two tabs, or a double click, can both create the first answer at once; the database keeps one
   * (a unique key), and the loser simply saves again as an edit.
   */
  private Instant saveWithOneRetry(String exerciseId, AnswerContent content) {
    try {
      return answers.save(step, exerciseId, content);
    } catch (TransactionalException | PersistenceException firstTry) {
      if (firstTry.getCause() instanceof LearningProblem problem) {
        throw problem;
      }
      return answers.save(step, exerciseId, content);
    }
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

  // ----- What the page shows -----

  public ModuleView getModule() {
    return catalog.module(step, language.getLanguage()).orElseThrow();
  }

  private List<String> places() {
    return ModuleLocation.all(getModule());
  }

  public String getLocation() {
    return places().get(index);
  }

  public int getPosition() {
    return index + 1;
  }

  public int getPlaceCount() {
    return places().size();
  }

  public boolean isFirst() {
    return index == 0;
  }

  public boolean isLast() {
    return index == places().size() - 1;
  }

  public SectionView getSection() {
    String location = getLocation();
    return getModule().getSections().stream()
        .filter(s -> location.equals("s-" + s.getId()))
        .findFirst()
        .orElse(null);
  }

  public ExerciseView getExercise() {
    String location = getLocation();
    return getModule().getExercises().stream()
        .filter(e -> location.equals("e-" + e.getId()))
        .findFirst()
        .orElse(null);
  }

  public boolean isQuiz() {
    return ModuleLocation.QUIZ.equals(getLocation());
  }

  public boolean isPractice() {
    return ModuleLocation.PRACTICE.equals(getLocation());
  }

  /** For a scenario once answered: the feedback on the choice made. */
  public ChoiceView getChosen() {
    ExerciseView exercise = getExercise();
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
    ExerciseView exercise = getExercise();
    List<Hint> hints = new ArrayList<>();
    if (exercise != null) {
      for (ItemView item : exercise.getChecklist()) {
        hints.add(new Hint(item.getLabel(), RewriteHints.check(item.getId(), text).orElse(null)));
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
    ExerciseView exercise = getExercise();
    long me = currentUser.viewer().personId();
    return "pawprints-draft:" + me + ":" + step + ":" + (exercise == null ? "" : exercise.getId());
  }

  public List<String> getDayOrder() {
    return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
  }

  public List<String> getFrequencyOrder() {
    return List.of("DAILY", "WEEKDAYS", "WEEKLY");
  }

  /** The message key of the partner's status line on a shared exercise. */
  public String getPartnerStatusKey() {
    return partnerStatus == null ? null : "reveal.status." + partnerStatus.name();
  }

  /** Both answers, mine first, once revealed; empty before. */
  public List<RevealedAnswer> getRevealed() {
    return revealed;
  }

  /** A kept answer to a shared exercise can be withdrawn until the partner may see it. */
  public boolean isWithdrawable() {
    return answerKept
        && partnerStatus != null
        && partnerStatus != PartnerStatus.REVEALED
        && !(Visibility.SHARED_NOW.name().equals(visibility) && submitted);
  }

  /** My partner's answer that they shared with me right away, before any reveal; or null. */
  public RevealedAnswer getPartnerShared() {
    return partnerShared;
  }

  /** The reaction I sent to my partner's revealed answer (an enum name), or null. */
  public String getReactionGiven() {
    return reactionGiven;
  }

  /** My partner's reaction to my revealed answer (an enum name), or null. */
  public String getReactionReceived() {
    return reactionReceived;
  }

  public List<String> getReactionKinds() {
    return Arrays.stream(ReactionKind.values()).map(Enum::name).toList();
  }

  public List<String> getVisibilityOptions() {
    return visibilityOptions;
  }

  public String getVisibility() {
    return visibility;
  }

  public boolean isSharedWithFacilitators() {
    return sharedWithFacilitators;
  }

  public void setSharedWithFacilitators(boolean share) {
    this.sharedWithFacilitators = share;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  /** Just withdrawn: the browser forgets its draft copy too (see autosave.js). */
  public boolean isWithdrawn() {
    return withdrawn;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  /** A checklist line: its label, and true/false/null (not checked automatically). */
  public static final class Hint implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final Boolean met;

    Hint(String label, Boolean met) {
      this.label = label;
      this.met = met;
    }

    public String getLabel() {
      return label;
    }

    public Boolean getMet() {
      return met;
    }
  }

  // ----- Form fields -----

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }

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
