package org.pawprints.gesture.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pawprints.gesture.application.Bids;
import org.pawprints.gesture.domain.Bid;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.web.Feedback;

/** "My partner reached out and I turned toward": one tap, an optional note, my recent ones. */
@Named
@ViewScoped
public class BidsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Bids bids;
  @Inject transient Feedback feedback;
  @Inject transient GestureDates dates;

  private String note;
  private boolean partnerMaySee;
  private String submission = OnceOnly.newSubmission();

  public void log() {
    // On a refusal, what was typed stays in the field.
    if (!feedback.attempt(
        () -> UniqueKeyRace.retryOnce(() -> bids.log(note, partnerMaySee, submission)))) {
      return;
    }
    note = null;
    partnerMaySee = false;
    submission = OnceOnly.newSubmission();
    feedback.info("bid.logged");
  }

  public List<Row> getMine() {
    return bids.mine().stream().map(this::row).toList();
  }

  public List<Row> getSharedByPartner() {
    return bids.sharedByMyPartner().stream().map(this::row).toList();
  }

  public long getCountThisWeek() {
    return bids.countThisWeek();
  }

  private Row row(Bid bid) {
    return new Row(dates.format(bid.getLoggedAt()), bid.getNote(), bid.isPartnerMaySee());
  }

  /** One logged bid, as the page shows it. */
  public static final class Row {
    private final String when;
    private final String note;
    private final boolean shared;

    Row(String when, String note, boolean shared) {
      this.when = when;
      this.note = note;
      this.shared = shared;
    }

    public String getWhen() {
      return when;
    }

    public String getNote() {
      return note;
    }

    public boolean isShared() {
      return shared;
    }
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isPartnerMaySee() {
    return partnerMaySee;
  }

  public void setPartnerMaySee(boolean partnerMaySee) {
    this.partnerMaySee = partnerMaySee;
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }
}
