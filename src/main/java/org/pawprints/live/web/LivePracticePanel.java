package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.live.application.LivePacing;
import org.pawprints.live.application.PracticeChoices;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The control view's "this week's practice" card (WEB-INF/includes/live-practice-send.xhtml): open
 * the step's module for a facilitator-paced cohort and send it to the cohort. Outside the live
 * area, so that a push re-rendering the room never wipes a half-typed word. Its step and note
 * travel with its form (the control screen keeps no view on the server).
 */
@Named
@RequestScoped
public class LivePracticePanel {

  @Inject LivePacing pacing;
  @Inject LiveFeedback attempt;
  @Inject Feedback feedback;
  @Inject CurrentLanguage language;
  @Inject LiveControlPage control;

  private PracticeChoices choices;
  private String step;
  private String note;

  public PracticeChoices getChoices() {
    if (choices == null && control.getSession() != null) {
      choices = pacing.choices(control.getSession(), language.getLanguage());
      if (step == null) {
        step = choices.proposed();
      }
    }
    return choices;
  }

  public void send() {
    if (attempt.attempt(
        () -> pacing.send(control.getSession(), step, note, FacesPages.clientAddress()))) {
      feedback.info("live.practice.sent");
      note = null;
      choices = null;
    }
  }

  public String getStep() {
    if (step == null) {
      getChoices();
    }
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
