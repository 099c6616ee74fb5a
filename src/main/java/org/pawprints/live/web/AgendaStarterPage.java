package org.pawprints.live.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.pawprints.live.application.AgendaStarters;
import org.pawprints.live.application.EarlierAgenda;
import org.pawprints.live.application.StartingPoints;
import org.pawprints.live.plan.SessionPlan;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.web.Feedback;

/**
 * The agenda page's "start from a plan" card: copy a step's default plan (in the cohort's language
 * or the one chosen) or an earlier agenda into the session, and the chosen plan's objectives for
 * the facilitator. It works on the session of the page's {@link AgendaPage}.
 */
@Named
@ViewScoped
public class AgendaStarterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AgendaPage agendaPage;
  @Inject transient AgendaStarters starters;
  @Inject transient LiveFeedback feedback;
  @Inject transient Feedback messages;

  private transient StartingPoints points;
  private transient Optional<SessionPlan> plan;
  private String step;
  private Language language;
  private Long earlier;

  /** The steps and earlier agendas on offer, with the cohort's step and language chosen. */
  public StartingPoints getPoints() {
    if (points == null && agendaPage.getSession() != null) {
      points = starters.startingPoints(agendaPage.getSession());
      if (step == null) {
        step = points.currentStep();
        language = points.language();
      }
    }
    return points;
  }

  /** The chosen step's plan in the chosen language, for its objectives. */
  public SessionPlan getPlan() {
    getPoints();
    if (step == null || agendaPage.getSession() == null) {
      return null;
    }
    if (plan == null) {
      plan = starters.plan(agendaPage.getSession(), step, language);
    }
    return plan.orElse(null);
  }

  public void copyPlan() throws IOException {
    int[] added = new int[1];
    if (feedback.attempt(
        () -> added[0] = starters.copyPlan(agendaPage.getSession(), step, language))) {
      messages.info("live.starter.copied", added[0]);
    }
    afterCopy();
  }

  public void copyEarlier() throws IOException {
    int[] added = new int[1];
    if (earlier != null
        && feedback.attempt(
            () -> added[0] = starters.copyAgenda(agendaPage.getSession(), earlier))) {
      messages.info("live.starter.copied", added[0]);
    }
    afterCopy();
  }

  private void afterCopy() throws IOException {
    points = null;
    agendaPage.load();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public List<EarlierAgenda> getEarlierAgendas() {
    return getPoints() == null ? List.of() : points.earlier();
  }

  public String getStep() {
    getPoints();
    return step;
  }

  public void setStep(String step) {
    this.step = step;
    plan = null;
  }

  public Language getLanguage() {
    getPoints();
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
    plan = null;
  }

  public Long getEarlier() {
    return earlier;
  }

  public void setEarlier(Long earlier) {
    this.earlier = earlier;
  }
}
