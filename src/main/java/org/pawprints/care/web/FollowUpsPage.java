package org.pawprints.care.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pawprints.care.application.FollowUpLine;
import org.pawprints.care.application.FollowUps;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * A cohort's private follow-up list, for its facilitators and administrators: who to check in with
 * privately and why, in words; mark done with a private note, or reopen. A cohort the viewer does
 * not facilitate answers 403, an unknown or missing one 404.
 */
@Named
@ViewScoped
public class FollowUpsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FollowUps followUps;
  @Inject transient Cohorts cohorts;
  @Inject transient Feedback feedback;

  private String cohortParam;
  private Long cohortId;
  private String cohortName = "";
  private List<FollowUpLine> open = List.of();
  private List<FollowUpLine> done = List.of();
  private final Map<Long, String> notes = new HashMap<>();

  public void load() throws IOException {
    if (cohortParam == null || !cohortParam.matches("\\d{1,18}")) {
      FacesPages.notFound();
      return;
    }
    cohortId = Long.valueOf(cohortParam);
    try {
      cohortName = cohorts.get(cohortId).getName();
      reload();
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
    } catch (Refusal unknown) {
      FacesPages.notFound();
    }
  }

  /** "Done", with the private note typed beside the item. */
  public void done(long itemId) {
    if (feedback.attempt(() -> followUps.markDone(itemId, notes.get(itemId)))) {
      notes.remove(itemId);
      feedback.info("followUp.markedDone");
    }
    reload();
  }

  public void reopen(long itemId) {
    if (feedback.attempt(() -> followUps.reopen(itemId))) {
      feedback.info("followUp.reopened");
    }
    reload();
  }

  private void reload() {
    open = followUps.open(cohortId);
    done = followUps.recentlyDone(cohortId);
  }

  public String getCohort() {
    return cohortParam;
  }

  public void setCohort(String cohort) {
    this.cohortParam = cohort;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getCohortName() {
    return cohortName;
  }

  /**
   * "/facilitate" or "/admin": the cohort page the way back leads to. The list lives under
   * /facilitate/ for both; an administrator who does not facilitate goes back to the admin pages.
   */
  public String getBase() {
    boolean facilitator =
        FacesContext.getCurrentInstance().getExternalContext().isUserInRole("FACILITATOR");
    return facilitator ? "/facilitate" : "/admin";
  }

  public List<FollowUpLine> getOpen() {
    return open;
  }

  public List<FollowUpLine> getDone() {
    return done;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }
}
