package org.pawprints.couple.web;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.MySharing;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Reactions;
import org.pawprints.couple.application.Reveal;
import org.pawprints.couple.application.Reveals;
import org.pawprints.couple.domain.ReactionKind;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.learning.application.AnswerOnScreen;
import org.pawprints.learning.application.AnswerWithdrawn;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.web.Feedback;

/**
 * The couple feature's panel on a module exercise ({@code WEB-INF/includes/couple-visibility.xhtml}
 * and {@code couple-reveal.xhtml}): who sees my answer, sharing with the facilitator, what my
 * partner shared, the reveal of a shared exercise, reactions and withdrawing. It follows the answer
 * form through {@link AnswerOnScreen}, so that learning does not know about couples.
 */
@Named
@ViewScoped
public class CouplePanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reveals reveals;
  @Inject transient AnswerSharing sharing;
  @Inject transient Reactions reactions;
  @Inject transient IndividualTrack track;
  @Inject transient Feedback feedback;
  @Inject transient Event<AnswerWithdrawn> withdrawals;

  private String step;
  private ExerciseView exercise;
  private boolean answerKept;
  private boolean submitted;
  private boolean confirmingWithdraw;

  // For a shared exercise: where the partner is, and both answers once revealed.
  // The individual track (issue 15): nothing of mine is shared while I am on it.
  private boolean ownTrack;
  // Back off the track: my answer marked done on it stays mine until I share it.
  private boolean heldFromTrack;

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

  /** The answer form loaded or saved my answer: follow it. */
  void follow(@Observes AnswerOnScreen answer) {
    boolean opening = exercise == null;
    step = answer.step();
    exercise = answer.exercise();
    answerKept = answer.kept();
    submitted = answer.complete();
    if (opening) {
      MySharing mine = sharing.mySharing(step, exercise.getId());
      visibility = mine.visibility().name();
      visibilityOptions = AnswerSharing.offered(exercise).stream().map(Enum::name).toList();
      sharedWithFacilitators = mine.sharedWithFacilitators();
      ownTrack = track.amIOn();
    }
    if (answer.settled()) {
      refreshReveal();
    }
  }

  private void refreshReveal() {
    if (exercise == null) {
      return;
    }
    heldFromTrack = !ownTrack && sharing.heldFromTrack(step, exercise.getId());
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
    if (exercise == null) {
      return;
    }
    Visibility chosen = parse(Visibility.class, visibility);
    // Two changes at once may both create the first choice; the loser changes it instead.
    if (feedback.attempt(
        () -> UniqueKeyRace.retryOnce(() -> sharing.choose(step, exercise.getId(), chosen)))) {
      feedback.info("visibility.saved." + chosen.name());
    } else {
      visibility = sharing.mine(step, exercise.getId()).name();
    }
    refreshReveal();
  }

  /** "Also share with my facilitator" changed: saved at once. */
  public void shareWithFacilitators() {
    if (exercise == null) {
      return;
    }
    boolean share = sharedWithFacilitators;
    if (feedback.attempt(
        () ->
            UniqueKeyRace.retryOnce(
                () -> sharing.shareWithFacilitators(step, exercise.getId(), share)))) {
      feedback.info(share ? "facilitatorShare.on" : "facilitatorShare.off");
    } else {
      sharedWithFacilitators = sharing.isSharedWithFacilitators(step, exercise.getId());
    }
  }

  /** "Share it with my partner": releases my answer marked done on the individual track. */
  public void shareFromTrack() {
    if (exercise == null) {
      return;
    }
    if (feedback.attempt(() -> sharing.shareFromTrack(step, exercise.getId()))) {
      feedback.info("track.heldShared");
    }
    refreshReveal();
  }

  /** One small reaction to my partner's revealed answer (THANK_YOU, I_SEE_YOU, TALK_TONIGHT). */
  public void react(String kind) {
    if (exercise == null) {
      return;
    }
    ReactionKind chosen = parse(ReactionKind.class, kind);
    // Two taps at once may both create the first reaction; the loser changes it instead.
    if (feedback.attempt(
        () -> UniqueKeyRace.retryOnce(() -> reactions.react(step, exercise.getId(), chosen)))) {
      feedback.info("reaction.sent");
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
    if (exercise == null) {
      return;
    }
    if (feedback.attempt(() -> reveals.withdraw(step, exercise.getId()))) {
      answerKept = false;
      submitted = false;
      withdrawals.fire(new AnswerWithdrawn(step, exercise.getId()));
      feedback.info("reveal.withdrawn");
    }
    refreshReveal();
  }

  // ----- What the panel shows -----

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

  /** On the individual track: the sharing choice and reactions are not offered. */
  public boolean isOwnTrack() {
    return ownTrack;
  }

  /**
   * My answer, marked done on the individual track, stays mine until I share it; shown only while
   * my choice would let my partner see it (a private answer has nothing to share).
   */
  public boolean isHeldFromTrack() {
    return heldFromTrack && !Visibility.PRIVATE.name().equals(visibility);
  }

  public List<String> getVisibilityOptions() {
    return visibilityOptions;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  public boolean isSharedWithFacilitators() {
    return sharedWithFacilitators;
  }

  public void setSharedWithFacilitators(boolean share) {
    this.sharedWithFacilitators = share;
  }
}
