package org.pawprints.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.reporting.application.SharedAnswer;
import org.pawprints.reporting.application.SharedWithFacilitators;

/** The answers a cohort's participants chose to share with their facilitators (/facilitate/). */
@Named
@RequestScoped
public class SharedAnswersPage {

  @Inject Cohorts cohorts;
  @Inject SharedWithFacilitators shared;
  @Inject CurrentLanguage language;

  private String cohortParam;
  private Long cohortId;
  private Cohort cohort;
  private List<SharedAnswer> answers = List.of();

  public void load() throws IOException {
    cohortId =
        cohortParam != null && cohortParam.matches("\\d{1,18}") ? Long.valueOf(cohortParam) : null;
    if (cohortId == null) {
      FacesPages.notFound();
      return;
    }
    try {
      cohort = cohorts.get(cohortId);
      answers = shared.in(cohortId, language.getLanguage());
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
    } catch (Refusal unknown) {
      FacesPages.notFound();
    }
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
    return cohort == null ? "" : cohort.getName();
  }

  public List<SharedAnswer> getAnswers() {
    return answers;
  }
}
