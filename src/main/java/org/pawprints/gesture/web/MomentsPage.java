package org.pawprints.gesture.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.pawprints.gesture.application.PracticeMoments;
import org.pawprints.gesture.domain.MomentKind;
import org.pawprints.gesture.domain.PracticeMoment;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The between-session practice of steps 1, 5 and 7 (issue 14): one tap, an optional note, my recent
 * ones and this week's count. Private: never shown to a partner.
 */
@Named
@ViewScoped
public class MomentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PracticeMoments moments;
  @Inject transient Feedback feedback;
  @Inject transient GestureDates dates;

  private String kind;
  private MomentKind practice;
  private String note;
  private String submission = OnceOnly.newSubmission();

  public void load() throws IOException {
    practice = MomentKind.ofSlug(kind).orElse(null);
    if (practice == null) {
      FacesPages.notFound();
    }
  }

  public void log() {
    // On a refusal, what was typed stays in the field.
    if (!feedback.attempt(
        () -> UniqueKeyRace.retryOnce(() -> moments.log(practice, note, submission)))) {
      return;
    }
    note = null;
    submission = OnceOnly.newSubmission();
    feedback.info("moment.logged");
  }

  public List<Row> getMine() {
    return practice == null ? List.of() : moments.mine(practice).stream().map(this::row).toList();
  }

  public long getCountThisWeek() {
    return practice == null ? 0 : moments.countThisWeek(practice);
  }

  private Row row(PracticeMoment moment) {
    return new Row(dates.format(moment.getLoggedAt()), moment.getNote());
  }

  /** One logged moment, as the page shows it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String when;
    private final String note;

    Row(String when, String note) {
      this.when = when;
      this.note = note;
    }

    public String getWhen() {
      return when;
    }

    public String getNote() {
      return note;
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }
}
