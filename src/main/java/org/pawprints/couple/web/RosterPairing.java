package org.pawprints.couple.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pawprints.cohort.application.RosterChanged;
import org.pawprints.couple.application.Couples;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Unpairing from a cohort's roster: the couple feature's part of the cohort page ({@code
 * WEB-INF/includes/cohort-roster.xhtml}). Staff do not pair people (issue #10, rule 2): partners
 * pair themselves. The cohort is the page's; the service checks that the signed-in person may act
 * in it.
 */
@Named
@ViewScoped
public class RosterPairing implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Couples couples;
  @Inject transient Feedback feedback;
  @Inject transient Event<RosterChanged> rosterChanged;

  private Long unpairing;

  /** First step of unpairing: the roster asks for a confirmation that says what changes. */
  public void confirmUnpair(long coupleId) {
    unpairing = coupleId;
  }

  public void cancelUnpair() {
    unpairing = null;
  }

  public void unpair(long cohortId) {
    if (unpairing == null) {
      return;
    }
    long coupleId = unpairing;
    unpairing = null;
    if (feedback.attempt(() -> couples.unpair(cohortId, coupleId, FacesPages.clientAddress()))) {
      feedback.info("roster.unpaired");
    }
    rosterChanged.fire(new RosterChanged(cohortId));
  }

  public boolean isUnpairing(long coupleId) {
    return unpairing != null && unpairing == coupleId;
  }
}
