package org.pawprints.gesture.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pawprints.gesture.application.Appreciations;
import org.pawprints.gesture.application.NoteView;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.web.Feedback;

/**
 * Appreciation notes: write one to my partner, read the ones I received and say "thank you", see
 * which of mine were acknowledged. Solo participants see a calm "once your partner joins" state.
 */
@Named
@ViewScoped
public class AppreciationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Appreciations appreciations;
  @Inject transient Feedback feedback;
  @Inject transient GestureDates dates;

  private String text;
  private String submission = OnceOnly.newSubmission();
  private transient String partnerName;

  public void send() {
    // On a refusal the note stays in the field, so nothing typed is lost.
    if (!feedback.attempt(
        () -> UniqueKeyRace.retryOnce(() -> appreciations.send(text, submission)))) {
      return;
    }
    text = null;
    submission = OnceOnly.newSubmission();
    feedback.info("appreciation.sent");
  }

  /** "Thank you" on a received note; the note's id comes from the button and is checked. */
  public void acknowledge() {
    String raw =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("note");
    try {
      appreciations.acknowledge(Long.parseLong(raw == null ? "" : raw.strip()));
      feedback.info("appreciation.thanked");
    } catch (NumberFormatException | AccessDeniedException notYours) {
      feedback.error("appreciation.notYours");
    }
  }

  public boolean isHasPartner() {
    return getPartnerName() != null;
  }

  public String getPartnerName() {
    if (partnerName == null) {
      partnerName = appreciations.partnerName().orElse(null);
    }
    return partnerName;
  }

  public List<NoteView> getReceived() {
    return appreciations.received();
  }

  public List<NoteView> getSent() {
    return appreciations.sent();
  }

  public long getSentThisWeek() {
    return appreciations.sentThisWeek();
  }

  public long getReceivedThisWeek() {
    return appreciations.receivedThisWeek();
  }

  public String when(NoteView note) {
    return dates.format(note.getSentAt());
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }
}
