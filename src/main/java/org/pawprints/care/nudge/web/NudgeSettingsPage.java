package org.pawprints.care.nudge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.pawprints.care.nudge.application.CohortSweep;
import org.pawprints.care.nudge.application.NudgeSettings;
import org.pawprints.care.nudge.application.NudgeSweep;
import org.pawprints.care.nudge.domain.NudgeRules;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * A cohort's gentle-nudge rules ({@code /facilitate/nudges.xhtml?cohort=}), for its facilitators
 * and administrators: N and M in days, which reasons are on, the check-in drop; and "Check now".
 */
@Named
@ViewScoped
public class NudgeSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NudgeSettings settings;
  @Inject transient NudgeSweep sweep;
  @Inject transient Cohorts cohorts;
  @Inject transient Feedback feedback;

  private Long cohort;
  private String cohortName;
  private boolean archived;
  private int inactiveDays;
  private int followUpDays;
  private boolean inactivityOn;
  private boolean paceOn;
  private boolean missedLiveOn;
  private boolean checkInDropOn;
  private int checkInDrop;

  public void load() throws IOException {
    if (cohort == null) {
      FacesPages.notFound();
      return;
    }
    try {
      Cohort found = cohorts.get(cohort);
      cohortName = found.getName();
      archived = found.isArchived();
      show(settings.rulesOf(cohort));
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
    } catch (Refusal unknown) {
      FacesPages.notFound();
    }
  }

  public void save() {
    NudgeRules rules =
        new NudgeRules(
            inactiveDays,
            followUpDays,
            inactivityOn,
            paceOn,
            missedLiveOn,
            checkInDropOn,
            checkInDrop);
    if (feedback.attempt(() -> settings.change(cohort, rules, FacesPages.clientAddress()))) {
      feedback.info("nudge.settings.saved");
    }
  }

  public void checkNow() {
    try {
      CohortSweep.Outcome outcome = sweep.sweepNow(cohort);
      feedback.info("nudge.settings.checked", outcome.nudged(), outcome.followedUp());
    } catch (Refusal refused) {
      feedback.error(refused.messageKey(), refused.arguments());
    }
  }

  private void show(NudgeRules rules) {
    inactiveDays = rules.inactiveDays();
    followUpDays = rules.followUpDays();
    inactivityOn = rules.inactivityOn();
    paceOn = rules.paceOn();
    missedLiveOn = rules.missedLiveOn();
    checkInDropOn = rules.checkInDropOn();
    checkInDrop = rules.checkInDrop();
  }

  public int getMinDays() {
    return NudgeRules.MIN_DAYS;
  }

  public int getMaxDays() {
    return NudgeRules.MAX_DAYS;
  }

  public int getMinDrop() {
    return NudgeRules.MIN_DROP;
  }

  public int getMaxDrop() {
    return NudgeRules.MAX_DROP;
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public String getCohortName() {
    return cohortName;
  }

  public boolean isArchived() {
    return archived;
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  public void setInactiveDays(int inactiveDays) {
    this.inactiveDays = inactiveDays;
  }

  public int getFollowUpDays() {
    return followUpDays;
  }

  public void setFollowUpDays(int followUpDays) {
    this.followUpDays = followUpDays;
  }

  public boolean isInactivityOn() {
    return inactivityOn;
  }

  public void setInactivityOn(boolean inactivityOn) {
    this.inactivityOn = inactivityOn;
  }

  public boolean isPaceOn() {
    return paceOn;
  }

  public void setPaceOn(boolean paceOn) {
    this.paceOn = paceOn;
  }

  public boolean isMissedLiveOn() {
    return missedLiveOn;
  }

  public void setMissedLiveOn(boolean missedLiveOn) {
    this.missedLiveOn = missedLiveOn;
  }

  public boolean isCheckInDropOn() {
    return checkInDropOn;
  }

  public void setCheckInDropOn(boolean checkInDropOn) {
    this.checkInDropOn = checkInDropOn;
  }

  public int getCheckInDrop() {
    return checkInDrop;
  }

  public void setCheckInDrop(int checkInDrop) {
    this.checkInDrop = checkInDrop;
  }
}
