package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.cohort.application.CohortPacing;
import org.pawprints.cohort.application.MemberCohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.OpenedStep;
import org.pawprints.cohort.domain.Pacing;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.curriculum.application.StepOverview;
import org.pawprints.learning.application.ModuleAddress;
import org.pawprints.live.domain.LivePractice;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * Pacing from a live session: the facilitator opens the step's module for a facilitator-paced
 * cohort (the cohort's own rule, {@link CohortPacing#open}) and sends it as "this week's practice"
 * with an optional short word; every participant of the cohort sees the newest one on their
 * practice hub on their next page, read from the database.
 */
@ApplicationScoped
@Transactional
public class LivePacing {

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject MemberCohorts memberCohorts;
  @Inject CohortPacing pacing;
  @Inject StepCatalog steps;
  @Inject StepNames names;
  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public PracticeChoices choices(long sessionId, Language language) {
    LiveSession session = access.toWatch(sessionId);
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow(LiveAccess::notYours);
    boolean paced = cohort.getPacing() == Pacing.FACILITATOR_PACED;
    List<PracticeChoices.Step> choices = new ArrayList<>();
    String proposed = null;
    for (StepOverview step : steps.steps(language)) {
      boolean opened = !paced || cohort.isStepOpened(step.getSlug());
      choices.add(new PracticeChoices.Step(step.getSlug(), names.numbered(step, language), opened));
      if (proposed == null && !opened) {
        proposed = step.getSlug();
      }
    }
    if (proposed == null) {
      proposed = lastOpened(cohort).orElse(choices.isEmpty() ? null : choices.get(0).slug());
    }
    PracticeCard last = newest(List.of(cohort.getId()), language).get(cohort.getId());
    return new PracticeChoices(paced, List.copyOf(choices), proposed, last);
  }

  /** Opens the step's module (facilitator-paced cohorts) and sends it as this week's practice. */
  public void send(long sessionId, String stepSlug, String note, String clientAddress) {
    LiveSession session = access.toControl(sessionId);
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow(LiveAccess::notYours);
    Language language = cohort.getLanguage() == null ? Language.EN : cohort.getLanguage();
    if (stepSlug == null || steps.step(stepSlug, language).isEmpty()) {
      throw new Refusal("live.practice.noStep");
    }
    String word = note == null ? "" : note.strip();
    if (word.length() > LivePractice.MAX_NOTE) {
      throw new Refusal("live.practice.tooLong", LivePractice.MAX_NOTE);
    }
    if (cohort.getPacing() == Pacing.FACILITATOR_PACED) {
      pacing.open(cohort.getId(), stepSlug, clientAddress);
    }
    sessions.add(
        new LivePractice(
            cohort.getId(),
            session.getId(),
            stepSlug,
            word.isEmpty() ? null : word,
            clock.instant()));
  }

  /** The newest practice of each cohort I belong to, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PracticeCard> thisWeek(Language language) {
    List<Long> mine = memberCohorts.of(access.me()).stream().map(Cohort::getId).toList();
    return newest(mine, language).values().stream()
        .sorted((a, b) -> b.sentAt().compareTo(a.sentAt()))
        .toList();
  }

  private Map<Long, PracticeCard> newest(List<Long> cohortIds, Language language) {
    Map<Long, PracticeCard> newest = new LinkedHashMap<>();
    if (cohortIds.isEmpty()) {
      return newest;
    }
    List<LivePractice> sent =
        em.createNamedQuery("LivePractice.ofCohorts", LivePractice.class)
            .setParameter("cohorts", cohortIds)
            .getResultList();
    for (LivePractice practice : sent) {
      if (!newest.containsKey(practice.getCohortId())) {
        newest.put(practice.getCohortId(), card(practice, language));
      }
    }
    return newest;
  }

  private PracticeCard card(LivePractice practice, Language language) {
    String title =
        steps
            .step(practice.getStepSlug(), language)
            .map(step -> names.numbered(step, language))
            .orElse(practice.getStepSlug());
    String sessionTitle =
        sessions.find(practice.getSessionId()).map(LiveSession::getTitle).orElse("");
    return new PracticeCard(
        practice.getStepSlug(),
        title,
        ModuleAddress.of(practice.getStepSlug(), null),
        practice.getNote(),
        sessionTitle,
        practice.getSentAt());
  }

  private static Optional<String> lastOpened(Cohort cohort) {
    return cohort.getOpenedSteps().stream()
        .max((a, b) -> a.getOpenedAt().compareTo(b.getOpenedAt()))
        .map(OpenedStep::getStepSlug);
  }
}
