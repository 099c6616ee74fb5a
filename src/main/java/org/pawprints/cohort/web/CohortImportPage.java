package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.application.EnrollmentImport;
import org.pawprints.cohort.domain.EnrollmentCsv;
import org.pawprints.cohort.domain.EnrollmentPreview;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Bulk enrollment: upload a CSV, read the preview with every row's problems, then confirm. The
 * file's bytes stay in the view between the two steps; nothing is saved before the confirmation.
 */
@Named
@ViewScoped
public class CohortImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EnrollmentImport enrollment;
  @Inject transient Cohorts cohorts;
  @Inject transient Feedback feedback;

  private Long id;
  private String cohortName;
  private transient Part file;
  private byte[] bytes;
  private List<EnrollmentPreview.Row> rows;
  private boolean utf8 = true;
  private char delimiter = ',';
  private boolean problemsOnly;

  public void load() throws IOException {
    if (id == null) {
      FacesPages.notFound();
      return;
    }
    try {
      cohortName = cohorts.get(id).getName();
    } catch (AccessDeniedException denied) {
      FacesPages.forbidden();
      return;
    } catch (Refusal unknown) {
      FacesPages.notFound();
    }
  }

  public void upload() {
    rows = null;
    bytes = null;
    if (file == null || file.getSize() == 0) {
      feedback.error("csv.empty");
      return;
    }
    if (file.getSize() > EnrollmentCsv.MAX_BYTES) {
      feedback.error("csv.tooBig");
      return;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readNBytes(EnrollmentCsv.MAX_BYTES + 1);
    } catch (IOException unreadable) {
      feedback.error("csv.malformed");
      return;
    }
    feedback.attempt(
        () -> {
          EnrollmentImport.Preview preview = enrollment.preview(id, content);
          rows = preview.rows();
          utf8 = preview.utf8();
          delimiter = preview.delimiter();
          bytes = content;
        });
  }

  public void confirm() throws IOException {
    if (bytes == null) {
      feedback.error("csv.uploadFirst");
      return;
    }
    EnrollmentImport.Summary summary;
    try {
      summary = enrollment.confirm(id, bytes, FacesPages.clientAddress());
    } catch (Refusal problem) {
      feedback.error(problem.messageKey());
      return;
    }
    feedback.infoAfterRedirect("csv.done", summary.invited(), summary.couples(), summary.skipped());
    FacesPages.redirect("/admin/cohort.xhtml?id=" + id);
  }

  public void cancel() {
    rows = null;
    bytes = null;
  }

  public List<EnrollmentPreview.Row> getRows() {
    if (rows == null || !problemsOnly) {
      return rows;
    }
    return rows.stream().filter(r -> !r.valid()).toList();
  }

  public boolean isPreviewing() {
    return rows != null;
  }

  public long getValidCount() {
    return rows == null ? 0 : rows.stream().filter(EnrollmentPreview.Row::valid).count();
  }

  /** Rows whose person is already a member: nothing changes for them. */
  public long getMemberCount() {
    return countOf("MEMBER");
  }

  /** Rows whose person already has an invitation waiting: it is not sent again. */
  public long getWaitingCount() {
    return countOf("WAITING");
  }

  /** Rows skipped for a problem in the file (or no seat left). */
  public long getSkippedCount() {
    return countOf("SKIP");
  }

  private long countOf(String outcome) {
    return rows == null ? 0 : rows.stream().filter(r -> outcome.equals(r.getOutcome())).count();
  }

  public long getCoupleCount() {
    return rows == null ? 0 : rows.stream().filter(EnrollmentPreview.Row::paired).count() / 2;
  }

  public boolean isUtf8() {
    return utf8;
  }

  public boolean isSemicolon() {
    return delimiter == ';';
  }

  public String getCohortName() {
    return cohortName;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isProblemsOnly() {
    return problemsOnly;
  }

  public void setProblemsOnly(boolean problemsOnly) {
    this.problemsOnly = problemsOnly;
  }
}
