package org.pawprints.gesture.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.pawprints.gesture.application.Repairs;
import org.pawprints.gesture.domain.RepairAttempt;
import org.pawprints.gesture.domain.RepairKind;
import org.pawprints.gesture.domain.RepairOutcome;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.web.Feedback;

/** A quick log of a repair attempt and how it landed; private to me. */
@Named
@ViewScoped
public class RepairsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Repairs repairs;
  @Inject transient Feedback feedback;
  @Inject transient GestureDates dates;

  private String kind;
  private String ownWords;
  private String outcome;
  private String submission = OnceOnly.newSubmission();

  public void log() {
    RepairKind tried = parse(RepairKind.class, kind);
    RepairOutcome landed = parse(RepairOutcome.class, outcome);
    if (!feedback.attempt(
        () -> UniqueKeyRace.retryOnce(() -> repairs.log(tried, ownWords, landed, submission)))) {
      return;
    }
    kind = null;
    ownWords = null;
    outcome = null;
    submission = OnceOnly.newSubmission();
    feedback.info("repair.logged");
  }

  /** An unknown value from the form counts as nothing picked. */
  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  public List<String> getKinds() {
    return Arrays.stream(RepairKind.values()).map(Enum::name).toList();
  }

  public List<String> getOutcomes() {
    return Arrays.stream(RepairOutcome.values()).map(Enum::name).toList();
  }

  public List<Row> getMine() {
    return repairs.mine().stream().map(this::row).toList();
  }

  public long getCountThisWeek() {
    return repairs.countThisWeek();
  }

  private Row row(RepairAttempt attempt) {
    return new Row(
        dates.format(attempt.getLoggedAt()),
        attempt.getKind().name(),
        attempt.getOwnWords(),
        attempt.getOutcome().name());
  }

  /** One logged attempt, as the page shows it. */
  public static final class Row {
    private final String when;
    private final String kind;
    private final String ownWords;
    private final String outcome;

    Row(String when, String kind, String ownWords, String outcome) {
      this.when = when;
      this.kind = kind;
      this.ownWords = ownWords;
      this.outcome = outcome;
    }

    public String getWhen() {
      return when;
    }

    public String getKind() {
      return kind;
    }

    public String getOwnWords() {
      return ownWords;
    }

    public String getOutcome() {
      return outcome;
    }
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOwnWords() {
    return ownWords;
  }

  public void setOwnWords(String ownWords) {
    this.ownWords = ownWords;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getSubmission() {
    return submission;
  }

  public void setSubmission(String submission) {
    this.submission = submission;
  }
}
