package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.live.application.CoupleCare;
import org.pawprints.live.application.CoupleConsent;
import org.pawprints.live.application.CoupleExercises;
import org.pawprints.live.application.CoupleState;
import org.pawprints.live.application.CoupleStates;
import org.pawprints.live.application.TheFloor;
import org.pawprints.platform.refusal.Refusal;

/**
 * The couple's side of a participant's live page: the couple exercise (write, done, the reveal, the
 * offer to share with its preview), the floor, the pause and the helper call. It reads the session
 * from {@link ParticipantLive} and its state afresh on every request, so a push, a reload or the
 * partner's tap all show the same.
 */
@Named
@RequestScoped
public class CoupleLive {

  @Inject ParticipantLive page;
  @Inject CoupleStates states;
  @Inject CoupleExercises exercises;
  @Inject CoupleConsent consent;
  @Inject TheFloor floor;
  @Inject CoupleCare care;
  @Inject LiveFeedback feedback;

  private CoupleState state;
  private boolean loaded;
  private String exerciseText;
  private String shareText;
  private String helperLabel;
  private int pauseMinutes = CoupleCare.DEFAULT_PAUSE_MINUTES;

  /** Null for someone who is not one of the cohort's participants (a facilitator looking in). */
  public CoupleState getState() {
    if (!loaded && page.getSession() != null) {
      try {
        // The page reads my couple's side with the room's state, in one go (readWith).
        page.getState();
        if (!loaded) {
          state = states.participant(page.getSession());
        }
      } catch (Refusal notAParticipant) {
        state = null;
      }
      loaded = true;
    }
    return state;
  }

  /** My couple's side as the page read it with the room's state (null: no couple here). */
  void readWith(CoupleState read) {
    state = read;
    loaded = true;
  }

  public void saveExercise() {
    writeExercise(false);
  }

  public void finishExercise() {
    writeExercise(true);
  }

  private void writeExercise(boolean done) {
    long activity = getState().exercise().activityId();
    act(() -> exercises.write(page.getSession(), activity, exerciseText, done));
  }

  /** Back to writing: my answer is no longer done (only before the reveal). */
  public void reopenExercise() {
    var exercise = getState().exercise();
    act(() -> exercises.write(page.getSession(), exercise.activityId(), exercise.myText(), false));
  }

  public void proposeShare() {
    long activity = getState().exercise().activityId();
    act(() -> consent.propose(page.getSession(), activity, shareText));
  }

  /** I consent to the preview my screen showed: its fingerprint travels with the tap. */
  public void consentTo(String fingerprint) {
    long activity = getState().exercise().activityId();
    act(() -> consent.consent(page.getSession(), activity, fingerprint));
  }

  public void withdraw() {
    long activity = getState().exercise().activityId();
    act(() -> consent.withdraw(page.getSession(), activity));
  }

  public void speakFirst() {
    long activity = getState().floor().activityId();
    act(() -> floor.speakFirst(page.getSession(), activity));
  }

  public void pass(int turn) {
    long activity = getState().floor().activityId();
    act(() -> floor.pass(page.getSession(), activity, turn));
  }

  public void pause() {
    act(() -> care.pause(page.getSession(), pauseMinutes));
  }

  public void resume() {
    act(() -> care.resume(page.getSession()));
  }

  public void askForHelper() {
    if (act(() -> care.askForHelper(page.getSession(), helperLabel))) {
      helperLabel = null;
    }
  }

  public void cancelHelper() {
    act(() -> care.cancelHelper(page.getSession()));
  }

  private boolean act(Runnable action) {
    boolean done = feedback.attempt(action);
    loaded = false;
    state = null;
    if (done) {
      page.catchUp();
    }
    return done;
  }

  /** What the exercise field shows: what I typed in this request, else what is saved. */
  public String getExerciseText() {
    if (exerciseText == null && getState() != null && getState().exercise() != null) {
      return getState().exercise().myText();
    }
    return exerciseText;
  }

  public void setExerciseText(String exerciseText) {
    this.exerciseText = exerciseText;
  }

  /** The offer field starts from the offer, else from my own answer. */
  public String getShareText() {
    CoupleState s = getState();
    if (shareText == null && s != null && s.exercise() != null) {
      return s.share() != null ? s.share().text() : s.exercise().myText();
    }
    return shareText;
  }

  public void setShareText(String shareText) {
    this.shareText = shareText;
  }

  public String getHelperLabel() {
    return helperLabel;
  }

  public void setHelperLabel(String helperLabel) {
    this.helperLabel = helperLabel;
  }

  public int getPauseMinutes() {
    return pauseMinutes;
  }

  public void setPauseMinutes(int pauseMinutes) {
    this.pauseMinutes = pauseMinutes;
  }
}
