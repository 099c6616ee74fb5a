package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.pawprints.live.application.LiveSummaries;
import org.pawprints.live.application.SessionSummary;
import org.pawprints.live.application.SummaryCsv;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;

/**
 * A session's summary for its facilitators (/facilitate/live-summary.xhtml?session=N), and its CSV
 * download. The service checks who asks on every read; a session that is not theirs is a 403.
 */
@Named
@RequestScoped
public class LiveSummaryPage {

  @Inject LiveSummaries summaries;

  private Long session;
  private String format;
  private SessionSummary summary;

  public void load() throws IOException {
    if (session == null) {
      FacesPages.notFound();
      return;
    }
    if ("csv".equals(format)) {
      downloadCsv();
      return;
    }
    try {
      summary = summaries.summary(session);
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  /**
   * Streams the CSV (UTF-8 with a byte-order mark, so that spreadsheets read the accents) by a
   * plain GET link ({@code &format=csv}), since nothing changes: checked like the page.
   */
  private void downloadCsv() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    SessionSummary read;
    try {
      read = summaries.summary(session);
    } catch (Refusal notYours) {
      FacesPages.forbidden();
      return;
    }
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv;charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"live-session-" + session + ".csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (Writer out =
        new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      out.write(SummaryCsv.of(read));
    }
    faces.responseComplete();
  }

  public SessionSummary getSummary() {
    return summary;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }
}
