package org.pawprints.couple.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.pawprints.couple.application.MyPairing;
import org.pawprints.couple.application.Pairing;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The partner card on the dashboard, for the current workshop (the newest open cohort): a calm
 * "your partner hasn't joined yet" with the invitation, or the partner's first name.
 */
@Named
@RequestScoped
public class PartnerCard {

  @Inject Pairing pairing;
  @Inject Feedback feedback;
  @Inject CurrentLanguage language;

  private MyPairing current;
  private boolean loaded;

  /** The pairing shown, or null for a participant in no cohort. */
  public MyPairing getCurrent() {
    if (!loaded) {
      List<MyPairing> mine = pairing.mine();
      current = mine.stream().min(Comparator.comparing(MyPairing::isArchived)).orElse(null);
      loaded = true;
    }
    return current;
  }

  public void newCode() {
    MyPairing shown = getCurrent();
    if (shown == null) {
      return;
    }
    if (feedback.attempt(() -> pairing.newCode(shown.getCohortId(), FacesPages.clientAddress()))) {
      feedback.info("partner.codeReady");
    }
    loaded = false;
  }

  public String getExpires() {
    MyPairing shown = getCurrent();
    return shown == null || shown.getInvitation() == null
        ? ""
        : PairingDates.day(
            shown.getInvitation().getExpiresAt(), shown.getTimeZone(), language.getLanguage());
  }
}
