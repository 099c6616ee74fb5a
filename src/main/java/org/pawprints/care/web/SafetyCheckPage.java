package org.pawprints.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pawprints.care.application.SafetyChecks;
import org.pawprints.care.application.SafetyOutcome;
import org.pawprints.care.domain.SafetyQuestion;
import org.pawprints.platform.web.Feedback;

/**
 * The private safety check (/my/safety-check.xhtml): a few gentle questions, the choice to be
 * contacted privately by a facilitator, and, once answered, help first when an answer calls for it.
 * The page keeps the answers for this view only and never logs them.
 */
@Named
@ViewScoped
public class SafetyCheckPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SafetyChecks checks;
  @Inject transient Feedback feedback;

  private final Map<String, String> answers = new HashMap<>();
  private boolean askCheckIn;
  private boolean first;
  private SafetyOutcome outcome;

  /** Shows my last answers, so that answering again starts from them. */
  public void load() {
    checks.mine().ifPresent(check -> check.answers().forEach((q, a) -> answers.put(q.name(), a)));
  }

  public void submit() {
    Map<SafetyQuestion, String> given = new EnumMap<>(SafetyQuestion.class);
    for (SafetyQuestion question : SafetyQuestion.values()) {
      given.put(question, answers.get(question.name()));
    }
    feedback.attempt(() -> outcome = checks.answer(given, askCheckIn));
  }

  public List<SafetyQuestion> getQuestions() {
    return List.of(SafetyQuestion.values());
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public boolean isAskCheckIn() {
    return askCheckIn;
  }

  public void setAskCheckIn(boolean askCheckIn) {
    this.askCheckIn = askCheckIn;
  }

  /** Opened from the first-sign-in offer: "Not now" leads back home. */
  public boolean isFirst() {
    return first;
  }

  public void setFirst(boolean first) {
    this.first = first;
  }

  public boolean isAnswered() {
    return outcome != null;
  }

  public SafetyOutcome getOutcome() {
    return outcome;
  }

  public boolean isConcern() {
    return outcome != null && outcome.concern();
  }

  public boolean isCheckInAsked() {
    return outcome != null && outcome.checkInAsked();
  }

  public boolean isNoFacilitatorYet() {
    return outcome != null && outcome.noFacilitatorYet();
  }
}
