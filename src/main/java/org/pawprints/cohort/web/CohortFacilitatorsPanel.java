package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.application.Rosters;
import org.pawprints.cohort.web.CohortEditPage.PersonOption;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The facilitators on a cohort's page (issue 13): everyone who may open the page sees who
 * facilitates it; an administrator adds one in place, or removes one after a confirmation. The
 * lists are loaded once per view and again after each change.
 */
@Named
@ViewScoped
public class CohortFacilitatorsPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Cohorts cohorts;
  @Inject transient Rosters rosters;
  @Inject transient AccessPolicy access;
  @Inject transient Feedback feedback;

  private Long cohortId;
  private List<PersonOption> facilitators;
  private List<PersonOption> candidates;
  private Long toAdd;
  private Long removing;

  private void loadFor(long cohort) {
    if (cohortId != null && cohortId == cohort && facilitators != null) {
      return;
    }
    cohortId = cohort;
    Set<Long> current = cohorts.get(cohort).getFacilitatorIds();
    facilitators = rosters.people(current).stream().map(PersonOption::of).toList();
    candidates =
        access.viewer().has(Role.ADMIN)
            ? rosters.facilitatorCandidates().stream()
                .filter(p -> !current.contains(p.getId()) && p.isActive())
                .map(PersonOption::of)
                .toList()
            : List.of();
  }

  public List<PersonOption> facilitatorsOf(long cohort) {
    loadFor(cohort);
    return facilitators;
  }

  public List<PersonOption> candidatesFor(long cohort) {
    loadFor(cohort);
    return candidates;
  }

  public void add(long cohort) {
    if (toAdd == null) {
      feedback.error("cohort.chooseFacilitator");
      return;
    }
    long personId = toAdd;
    if (feedback.attempt(() -> cohorts.addFacilitator(cohort, personId, client()))) {
      feedback.info("cohort.facilitatorAdded");
    }
    toAdd = null;
    facilitators = null;
  }

  /** First step of removing: the page asks to confirm, away from the everyday actions. */
  public void confirmRemove(long personId) {
    removing = personId;
  }

  public void cancelRemove() {
    removing = null;
  }

  public void remove(long cohort) {
    if (removing == null) {
      return;
    }
    long personId = removing;
    removing = null;
    if (feedback.attempt(() -> cohorts.removeFacilitator(cohort, personId, client()))) {
      feedback.info("cohort.facilitatorRemoved");
    }
    facilitators = null;
  }

  public boolean isRemoving(long personId) {
    return removing != null && removing == personId;
  }

  private static String client() {
    return FacesPages.clientAddress();
  }

  public Long getToAdd() {
    return toAdd;
  }

  public void setToAdd(Long toAdd) {
    this.toAdd = toAdd;
  }
}
