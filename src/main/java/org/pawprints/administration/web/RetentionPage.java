package org.pawprints.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.pawprints.cohort.application.Retention;
import org.pawprints.cohort.application.RetentionCandidate;
import org.pawprints.identity.application.RoutinePurge;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Retention (issue 10): the dry run first (who would be anonymised, and why), then the action; and
 * the routine purge, which the nightly schedule also runs.
 */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Retention retention;
  @Inject transient RoutinePurge purge;
  @Inject transient Feedback feedback;

  private List<RetentionCandidate> due = List.of();
  private int months;
  private boolean asking;

  public void load() {
    due = retention.dryRun();
    months = retention.months();
  }

  /** "Anonymise these people now" cannot be undone: the page asks first (issue 13). */
  public void ask() {
    asking = true;
  }

  public void cancel() {
    asking = false;
  }

  public boolean isAsking() {
    return asking;
  }

  public void anonymiseNow() throws IOException {
    asking = false;
    int done = retention.anonymiseNow(FacesPages.clientAddress());
    feedback.infoAfterRedirect("retention.done", done);
    FacesPages.redirect("/admin/retention.xhtml");
  }

  public void purgeNow() throws IOException {
    RoutinePurge.Purged purged = purge.runNow(FacesPages.clientAddress());
    feedback.infoAfterRedirect(
        "retention.purged", purged.auditAddresses(), purged.mail(), purged.tokens());
    FacesPages.redirect("/admin/retention.xhtml");
  }

  public List<RetentionCandidate> getDue() {
    return due;
  }

  public int getMonths() {
    return months;
  }
}
