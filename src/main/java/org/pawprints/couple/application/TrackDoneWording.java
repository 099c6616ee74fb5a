package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pawprints.learning.application.DoneWording;

/**
 * On the individual track a finished answer stays with its author, so "Done" must not say the
 * partner may now see it: a person who chose the track for their safety needs that to be plain.
 * Back off the track, "Done" on the unchanged words of an answer marked done on it keeps it theirs
 * too (only "Share it with my partner" releases it), and says so.
 */
@ApplicationScoped
public class TrackDoneWording implements DoneWording {

  @Inject IndividualTrack track;
  @Inject AnswerSharing sharing;

  @Override
  public Optional<String> instead(String step, String exerciseId) {
    if (track.amIOn()) {
      return Optional.of("answer.doneSavedOnTrack");
    }
    return sharing.heldFromTrack(step, exerciseId)
        ? Optional.of("answer.doneSavedHeld")
        : Optional.empty();
  }

  @Override
  public Optional<String> stageInstead(String step, String exerciseId, String stage) {
    if (track.amIOn()) {
      return Optional.of("answer.stage." + stage + "_ON_TRACK");
    }
    return "DONE".equals(stage) && sharing.heldFromTrack(step, exerciseId)
        ? Optional.of("answer.stage.DONE_HELD")
        : Optional.empty();
  }
}
