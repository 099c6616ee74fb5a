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
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;

/**
 * The agenda page's "start from a plan" card: copy a step's default plan or an earlier agenda into
 * the session, and the chosen plan's objectives for the facilitator. The plan comes in the cohort's
 * language unless the facilitator chooses the other one or both (a bilingual room, docs/live.md);
 * the menu names the cohort's language. It works on the session of the page's {@link AgendaPage}.
 */
@Named
@ViewScoped
public class AgendaStarterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The language menu's value for a plan in both languages, the cohort's first. */
  static final String BOTH = "BOTH";

  /** One entry of the plan's language menu. */
  public record LanguageChoice(String value, String label) {}

  @Inject AgendaPage agendaPage;
  @Inject transient AgendaStarters starters;
  @Inject transient LiveFeedback feedback;
  @Inject transient Feedback messages;
  @Inject transient CurrentLanguage pageLanguage;

  private transient StartingPoints points;
  private transient Optional<SessionPlan> plan;
  private String step;
  private String language;
  private Long earlier;

  /** The steps and earlier agendas on offer, with the cohort's step and language chosen. */
  public StartingPoints getPoints() {
    if (points == null && agendaPage.getSession() != null) {
      points = starters.startingPoints(agendaPage.getSession(), pageLanguage.getLanguage());
      if (step == null) {
        step = points.currentStep();
        language = points.language().name();
      }
    }
    return points;
  }

  /** The chosen step's plan in the chosen language (both: the cohort's), for its objectives. */
  public SessionPlan getPlan() {
    getPoints();
    if (step == null || agendaPage.getSession() == null) {
      return null;
    }
    if (plan == null) {
      plan = starters.plan(agendaPage.getSession(), step, planLanguage());
    }
    return plan.orElse(null);
  }

  public void copyPlan() throws IOException {
    int[] added = new int[1];
    if (feedback.attempt(
        () ->
            added[0] =
                BOTH.equals(language)
                    ? starters.copyPlanInBoth(agendaPage.getSession(), step)
                    : starters.copyPlan(agendaPage.getSession(), step, planLanguage()))) {
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

  /**
   * The cohort's language first, named as such, then the other one, then both (the cohort's first).
   */
  public List<LanguageChoice> getLanguages() {
    if (getPoints() == null) {
      return List.of();
    }
    Language page = pageLanguage.getLanguage();
    Language cohort = points.language();
    Language other = cohort == Language.EN ? Language.FR : Language.EN;
    return List.of(
        new LanguageChoice(
            cohort.name(), Messages.get(page, "live.starter.cohortLanguage", name(page, cohort))),
        new LanguageChoice(other.name(), name(page, other)),
        new LanguageChoice(BOTH, Messages.get(page, "live.starter.bothLanguages")));
  }

  private static String name(Language page, Language language) {
    return Messages.get(page, "language." + language.code());
  }

  /** The chosen language, or for both the cohort's (its objectives; its notes). */
  private Language planLanguage() {
    if (language == null) {
      return null;
    }
    if (BOTH.equals(language)) {
      return getPoints() == null ? null : points.language();
    }
    try {
      return Language.valueOf(language);
    } catch (IllegalArgumentException notOne) {
      return null;
    }
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

  public String getLanguage() {
    getPoints();
    return language;
  }

  public void setLanguage(String language) {
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
