package org.pawprints.care.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pawprints.care.application.SafetyChecks;

/**
 * The dashboard's first-sign-in offer of the safety check: shown during the session in which the
 * person first reaches their dashboard, until they open the check or say "not now", and never again
 * on its own (the check stays in the menu). Both partners see the same offer, so it tells neither
 * anything. Remembered for the session, so later dashboard views ask nothing.
 */
@Named
@SessionScoped
public class SafetyCheckOffer implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SafetyChecks checks;

  private Boolean showing;

  public boolean isShowing() {
    if (showing == null) {
      showing = checks.offerOnce();
    }
    return showing;
  }

  /** "Not now", or the check was opened: the offer is done. */
  public void dismiss() {
    showing = false;
  }

  /** Opens the check from the offer, which is then done. */
  public String open() {
    showing = false;
    return "/my/safety-check.xhtml?faces-redirect=true&first=true";
  }
}
