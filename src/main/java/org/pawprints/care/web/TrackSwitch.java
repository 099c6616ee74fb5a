package org.pawprints.care.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.platform.web.Feedback;

/**
 * "Do the workshop on my own for now" and back, on the safety check and the partner page. Worded
 * neutrally, and only the person sees it: their partner is never told.
 */
@Named
@RequestScoped
public class TrackSwitch {

  @Inject IndividualTrack track;
  @Inject Feedback feedback;

  public boolean isOn() {
    return track.amIOn();
  }

  public void switchOn() {
    if (feedback.attempt(track::switchOn)) {
      feedback.info("track.nowOwn");
    }
  }

  public void switchOff() {
    if (feedback.attempt(track::switchOff)) {
      feedback.info("track.nowTogether");
    }
  }
}
