package org.pawprints.outcomes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.outcomes.application.Offer;
import org.pawprints.outcomes.application.Questionnaires;

/**
 * The dashboard's questionnaire card: shown only while a wave is open to the participant and they
 * have not answered it. Nobody else's dashboard changes either way.
 */
@Named
@RequestScoped
public class OutcomesCard {

  @Inject Questionnaires questionnaires;

  private Offer offer;
  private boolean loaded;

  /** The open wave, or null: read once per request. */
  public Offer getOffer() {
    if (!loaded) {
      offer = questionnaires.offer().orElse(null);
      loaded = true;
    }
    return offer;
  }

  public String getWave() {
    Offer open = getOffer();
    return open == null ? "" : open.wave().name();
  }
}
