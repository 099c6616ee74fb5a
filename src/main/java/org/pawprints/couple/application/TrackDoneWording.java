package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pawprints.learning.application.DoneWording;

/**
 * On the individual track a finished answer stays with its author, so "Done" must not say the
 * partner may now see it: a person who chose the track for their safety needs that to be plain.
 */
@ApplicationScoped
public class TrackDoneWording implements DoneWording {

  @Inject IndividualTrack track;

  @Override
  public Optional<String> instead() {
    return track.amIOn() ? Optional.of("answer.doneSavedOnTrack") : Optional.empty();
  }
}
