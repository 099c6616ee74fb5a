package org.pawprints.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.pawprints.notification.application.DigestPreferences;
import org.pawprints.platform.web.Feedback;

/**
 * The weekly email digest on or off: the notification feature's card on the profile page ({@code
 * WEB-INF/includes/digest-settings.xhtml}), so that identity's page needs no notification code.
 */
@Named
@ViewScoped
public class DigestSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient DigestPreferences digest;
  @Inject transient Feedback feedback;

  private boolean weeklyDigest;

  @PostConstruct
  void load() {
    weeklyDigest = digest.weeklyDigestOn();
  }

  public void save() {
    digest.chooseWeeklyDigest(weeklyDigest);
    feedback.info(weeklyDigest ? "digest.savedOn" : "digest.savedOff");
  }

  public boolean isWeeklyDigest() {
    return weeklyDigest;
  }

  public void setWeeklyDigest(boolean weeklyDigest) {
    this.weeklyDigest = weeklyDigest;
  }
}
