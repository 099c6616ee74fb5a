package org.pawprints.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.reporting.application.CohortProgress;
import org.pawprints.reporting.application.CohortProgressReport;
import org.pawprints.reporting.application.ShownCount;

/**
 * A cohort's progress by module, for its facilitators (under /facilitate/) and administrators
 * (under /admin/): counts only. A cohort the viewer does not facilitate answers 403, an unknown or
 * missing one 404.
 */
@Named
@RequestScoped
public class CohortProgressPage {

  @Inject Cohorts cohorts;
  @Inject CohortProgressReport report;
  @Inject CurrentLanguage language;

  // Kept as typed: a cohort id that is not a number is simply not found (404).
  private String cohortParam;
  private Long cohortId;
  private String base;
  private Cohort cohort;
  private CohortProgress progress;

  public void load() throws IOException {
    base = FacesPages.underAdmin() ? "/admin" : "/facilitate";
    cohortId = parse(cohortParam);
    if (cohortId == null) {
      FacesPages.notFound();
      return;
    }
    try {
      cohort = cohorts.get(cohortId);
      progress = report.of(cohortId, language.getLanguage());
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
    } catch (Refusal unknown) {
      FacesPages.notFound();
    }
  }

  private static Long parse(String value) {
    if (value == null || !value.matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(value);
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

  /** "/admin" or "/facilitate": where the way back leads. */
  public String getBase() {
    return base;
  }

  public CohortProgress getProgress() {
    return progress;
  }

  public int getMinParticipants() {
    return progress == null ? CohortProgressReport.MIN_PARTICIPANTS : progress.getSmallestGroup();
  }

  /** Below this many participants, counts near nobody or everybody are shown as ranges. */
  public int getExactFrom() {
    return ShownCount.EXACT_FROM;
  }
}
