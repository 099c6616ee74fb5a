package org.pawprints.couple.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pawprints.couple.application.Couples;
import org.pawprints.couple.application.MyPairing;
import org.pawprints.couple.application.Pairing;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * "Your partner": for each of my cohorts, my partner, or my invitation to them (a code and its
 * link, or an email), and leaving a couple after a confirmation that says what changes.
 */
@Named
@ViewScoped
public class PartnerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Pairing pairing;
  @Inject transient Couples couples;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage language;

  private transient List<MyPairing> pairings;
  private Long leavingCohort;
  private final Map<Long, String> emails = new HashMap<>();
  private final Map<Long, String> emailLanguages = new HashMap<>();

  public List<MyPairing> getPairings() {
    if (pairings == null) {
      pairings = pairing.mine();
      pairings.forEach(
          p -> emailLanguages.putIfAbsent(p.getCohortId(), language.getLanguage().code()));
    }
    return pairings;
  }

  public void newCode(long cohortId) {
    act(() -> pairing.newCode(cohortId, FacesPages.clientAddress()), "partner.codeReady");
  }

  public void cancelInvitation(long cohortId) {
    act(() -> pairing.cancelInvitation(cohortId, FacesPages.clientAddress()), "partner.cancelled");
  }

  public void inviteByEmail(long cohortId) {
    String email = emails.get(cohortId);
    try {
      Pairing.MailedAs how =
          pairing.inviteByEmail(
              cohortId, email, emailLanguageFor(cohortId), FacesPages.clientAddress());
      feedback.info(
          how == Pairing.MailedAs.CODE ? "partner.mailedCode" : "partner.mailedInvitation",
          email.strip());
      emails.remove(cohortId);
    } catch (Refusal problem) {
      feedback.error(problem.messageKey(), problem.arguments());
    }
    pairings = null;
  }

  /** First step of leaving: the page shows what will and will not change. */
  public void confirmLeave(long cohortId) {
    leavingCohort = cohortId;
  }

  public void cancelLeave() {
    leavingCohort = null;
  }

  public void leave() {
    if (leavingCohort == null) {
      return;
    }
    long cohortId = leavingCohort;
    leavingCohort = null;
    act(() -> couples.leave(cohortId, FacesPages.clientAddress()), "partner.left");
  }

  private void act(Runnable action, String doneKey) {
    if (feedback.attempt(action)) {
      feedback.info(doneKey);
    }
    pairings = null;
  }

  public boolean isLeaving(long cohortId) {
    return leavingCohort != null && leavingCohort == cohortId;
  }

  public String expires(MyPairing p) {
    return p.getInvitation() == null
        ? ""
        : PairingDates.day(
            p.getInvitation().getExpiresAt(), p.getTimeZone(), language.getLanguage());
  }

  private Language emailLanguageFor(long cohortId) {
    return Language.ofCode(emailLanguages.get(cohortId)).orElse(language.getLanguage());
  }

  public Map<Long, String> getEmails() {
    return emails;
  }

  /** The language chosen for each cohort's invitation mail (the page's language until chosen). */
  public Map<Long, String> getEmailLanguages() {
    return emailLanguages;
  }

  public Language[] getLanguages() {
    return Language.values();
  }
}
