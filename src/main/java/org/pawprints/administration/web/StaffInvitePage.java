package org.pawprints.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.identity.application.StaffInvitations;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Inviting a facilitator or an administrator by email (issue 13), from the people list or from a
 * cohort's page: opened with {@code ?cohort=}, the new facilitator is also added to that cohort and
 * the administrator goes back to it.
 */
@Named
@ViewScoped
public class StaffInvitePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffInvitations staff;
  @Inject transient Cohorts cohorts;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage currentLanguage;

  private Long cohortId;
  private String cohortName;
  private String email;
  private String name;
  private Language language;
  private Role role = Role.FACILITATOR;

  public void load() throws IOException {
    if (language == null) {
      language = currentLanguage.getLanguage();
    }
    if (cohortId != null) {
      try {
        Cohort cohort = cohorts.get(cohortId);
        cohortName = cohort.getName();
        role = Role.FACILITATOR;
      } catch (Refusal unknown) {
        FacesPages.notFound();
      }
    }
  }

  public void send() throws IOException {
    Person invited;
    try {
      invited =
          staff.invite(email, name, language, forCohort() ? Role.FACILITATOR : role, client());
    } catch (Refusal problem) {
      feedback.error(problem.messageKey());
      return;
    }
    if (forCohort()) {
      // The account exists even if this step is refused (an archived cohort): say so plainly.
      if (!feedback.attempt(() -> cohorts.addFacilitator(cohortId, invited.getId(), client()))) {
        return;
      }
      feedback.infoAfterRedirect("staff.invitedToCohort", invited.getEmail(), cohortName);
      FacesPages.redirect("/admin/cohort.xhtml?id=" + cohortId);
      return;
    }
    feedback.infoAfterRedirect("staff.invited", invited.getEmail());
    FacesPages.redirect("/admin/people.xhtml");
  }

  private boolean forCohort() {
    return cohortId != null;
  }

  private static String client() {
    return FacesPages.clientAddress();
  }

  public List<Role> getRoles() {
    return List.of(Role.FACILITATOR, Role.ADMIN);
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public String getCohortName() {
    return cohortName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
