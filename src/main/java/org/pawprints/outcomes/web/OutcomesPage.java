package org.pawprints.outcomes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.outcomes.application.CohortOutcomes;
import org.pawprints.outcomes.application.OutcomesCsv;
import org.pawprints.outcomes.application.OutcomesReport;
import org.pawprints.outcomes.application.VersionOutcomes;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;

/**
 * A cohort's outcomes, for its facilitators (/facilitate/outcomes.xhtml) and administrators
 * (/admin/outcomes.xhtml): response rates, mean change with its spread, share who rose, as charts
 * with tables, and the CSV ({@code &format=csv}, a plain GET since nothing changes, checked like
 * the page). A cohort the viewer does not facilitate answers 403, an unknown or missing one 404.
 */
@Named
@RequestScoped
public class OutcomesPage {

  @Inject OutcomesReport report;
  @Inject CurrentLanguage language;

  // Kept as typed: a cohort id that is not a number is simply not found (404).
  private String cohortParam;
  private String format;
  private Long cohortId;
  private String base;
  private CohortOutcomes outcomes;
  private List<ChangeChart> charts = List.of();

  public void load() throws IOException {
    base = FacesPages.underAdmin() ? "/admin" : "/facilitate";
    cohortId =
        cohortParam != null && cohortParam.matches("\\d{1,18}") ? Long.valueOf(cohortParam) : null;
    if (cohortId == null) {
      FacesPages.notFound();
      return;
    }
    try {
      outcomes = report.of(cohortId, language.getLanguage());
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
      return;
    } catch (Refusal unknown) {
      FacesPages.notFound();
      return;
    }
    if ("csv".equals(format)) {
      downloadCsv();
      return;
    }
    charts = new ArrayList<>();
    for (VersionOutcomes version : outcomes.versions()) {
      List<ChangeChart.Entry> entries = new ArrayList<>();
      if (version.showsEnd()) {
        entries.add(new ChangeChart.Entry(text("outcomes.r.START_TO_END"), version.startToEnd()));
      }
      if (version.showsFollowUp()) {
        entries.add(
            new ChangeChart.Entry(
                text("outcomes.r.START_TO_FOLLOW_UP"), version.startToFollowUp()));
      }
      charts.add(new ChangeChart(entries, version.scalePoints()));
    }
  }

  /** UTF-8 with a byte-order mark, so that spreadsheets read the accents. */
  private void downloadCsv() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv;charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"outcomes-cohort-" + cohortId + ".csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (Writer out =
        new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(OutcomesCsv.of(outcomes));
    }
    faces.responseComplete();
  }

  private String text(String key) {
    return Messages.get(language.getLanguage(), key);
  }

  /** The chart of the version at this index of {@code outcomes.versions()}. */
  public ChangeChart chart(int index) {
    return charts.get(index);
  }

  public String getCohort() {
    return cohortParam;
  }

  public void setCohort(String cohort) {
    this.cohortParam = cohort;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getBase() {
    return base;
  }

  public CohortOutcomes getOutcomes() {
    return outcomes;
  }
}
