package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.live.application.LivePacing;
import org.pawprints.live.application.PracticeCard;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * The practice hub's "this week's practice" card (WEB-INF/includes/live-practice.xhtml, included by
 * the gesture feature's hub): the newest practice each of my cohorts' facilitators sent.
 */
@Named
@RequestScoped
public class LivePracticeCard {

  @Inject LivePacing pacing;
  @Inject CurrentLanguage language;

  private List<PracticeCard> cards;

  public List<PracticeCard> getCards() {
    if (cards == null) {
      cards = pacing.thisWeek(language.getLanguage());
    }
    return cards;
  }
}
