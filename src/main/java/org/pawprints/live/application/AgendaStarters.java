package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.OpenedStep;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.FloorPrompts;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.live.domain.SessionState;
import org.pawprints.live.plan.PlannedActivity;
import org.pawprints.live.plan.SessionPlan;
import org.pawprints.live.plan.SessionPlans;
import org.pawprints.live.plan.TwoLanguagePlan;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.refusal.Refusal;

/**
 * Starting a session's agenda from a step's default session plan or from an earlier session's
 * agenda. Both copy into ordinary activities that the facilitator then edits like any other; the
 * copies are appended after what the agenda already holds. Only a session that has not started
 * (scheduled, or open for joining) may be filled this way: a running room keeps its agenda.
 */
@ApplicationScoped
@Transactional
public class AgendaStarters {

  /** How many earlier agendas the page offers, newest first. */
  static final int EARLIER_SHOWN = 40;

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject SessionPlans plans;
  @Inject StepCatalog steps;
  @Inject StepNames names;
  @Inject Event<LiveChanged> changed;

  /** The starting points, the steps named in the cohort's language. */
  public StartingPoints startingPoints(long sessionId) {
    return startingPoints(sessionId, null);
  }

  /** The starting points, the steps named in {@code labels} (the page's language) if given. */
  public StartingPoints startingPoints(long sessionId, Language labels) {
    LiveSession session = access.toWatch(sessionId);
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow(LiveAccess::notYours);
    Language language = cohortLanguage(cohort);
    Language named = labels == null ? language : labels;
    List<StartingPoints.StepChoice> withPlan =
        steps.steps(named).stream()
            .filter(step -> plans.plan(step.getSlug(), language).isPresent())
            .map(step -> new StartingPoints.StepChoice(step.getSlug(), names.numbered(step, named)))
            .toList();
    return new StartingPoints(
        withPlan,
        currentStep(cohort, withPlan),
        language,
        earlier(session, cohort),
        notStarted(session));
  }

  /**
   * A step's default plan (its objectives show on the agenda page), for a session's facilitators.
   */
  public Optional<SessionPlan> plan(long sessionId, String step, Language language) {
    access.toWatch(sessionId);
    return language == null ? Optional.empty() : plans.plan(step, language);
  }

  /** Appends the step's default plan in {@code language}; the number of activities added. */
  public int copyPlan(long sessionId, String step, Language language) {
    LiveSession session = toFill(sessionId);
    SessionPlan plan =
        Optional.ofNullable(language)
            .flatMap(l -> plans.plan(step, l))
            .orElseThrow(() -> new Refusal("live.starter.noPlan"));
    List<ActivityDraft> drafts =
        plan.activities().stream().map(a -> draft(a, plan.language())).toList();
    return append(session, drafts);
  }

  /**
   * Appends the step's default plan in both languages, the cohort's first, for a bilingual room
   * ({@link TwoLanguagePlan}); the number of activities added.
   */
  public int copyPlanInBoth(long sessionId, String step) {
    LiveSession session = toFill(sessionId);
    Language first =
        cohortLanguage(cohorts.find(session.getCohortId()).orElseThrow(LiveAccess::notYours));
    Language second = first == Language.EN ? Language.FR : Language.EN;
    List<PlannedActivity> both =
        plans
            .plan(step, first)
            .flatMap(
                one -> plans.plan(step, second).flatMap(two -> TwoLanguagePlan.merge(one, two)))
            .orElseThrow(() -> new Refusal("live.starter.noPlan"));
    return append(session, both.stream().map(a -> draft(a, first)).toList());
  }

  /** Appends a copy of another session's agenda, one the asker may facilitate; how many. */
  public int copyAgenda(long sessionId, long fromSessionId) {
    LiveSession session = toFill(sessionId);
    access.toWatch(fromSessionId);
    if (fromSessionId == sessionId) {
      throw new Refusal("live.starter.sameSession");
    }
    List<ActivityDraft> drafts =
        sessions.agenda(fromSessionId).stream().map(LiveActivity::draft).toList();
    if (drafts.isEmpty()) {
      throw new Refusal("live.starter.emptyAgenda");
    }
    return append(session, drafts);
  }

  private LiveSession toFill(long sessionId) {
    LiveSession session = access.toControl(sessionId);
    if (!notStarted(session)) {
      throw new Refusal("live.starter.started");
    }
    return session;
  }

  private static boolean notStarted(LiveSession session) {
    return session.getState() == SessionState.SCHEDULED || session.getState() == SessionState.LOBBY;
  }

  private int append(LiveSession session, List<ActivityDraft> drafts) {
    List<ActivityDraft> checked = drafts.stream().map(ActivityDraft::checked).toList();
    int position = sessions.agenda(session.getId()).size();
    if (position + checked.size() > Agendas.MAX_ACTIVITIES) {
      throw new Refusal("live.agenda.full", Agendas.MAX_ACTIVITIES);
    }
    for (ActivityDraft draft : checked) {
      sessions.add(new LiveActivity(session.getId(), position++, draft));
    }
    session.changed();
    changed.fire(new LiveChanged(session.getId(), session.getVersion(), false));
    return checked.size();
  }

  /**
   * A planned activity as an agenda item. The room reads a slide's body or the other kinds' prompt;
   * the floor's speaker and listener prompts go to the two partners' phones ({@link FloorPrompts});
   * a quiz question's explanation joins the facilitator's notes, to say after the reveal.
   */
  static ActivityDraft draft(PlannedActivity planned, Language language) {
    String body = planned.kind() == ActivityKind.SLIDE ? planned.body() : planned.prompt();
    List<String> options =
        planned.kind() == ActivityKind.FLOOR
            ? new FloorPrompts(planned.speakerPrompts(), planned.listenerPrompts()).toOptionLines()
            : planned.options();
    String notes = planned.notes();
    if (planned.kind() == ActivityKind.QUIZ_QUESTION && !planned.explanation().isEmpty()) {
      String explanation =
          Messages.get(language, "live.starter.explanation") + " " + planned.explanation();
      notes = notes.isEmpty() ? explanation : notes + "\n\n" + explanation;
    }
    return new ActivityDraft(
        planned.kind(),
        planned.title(),
        body,
        planned.choice(),
        planned.display(),
        options,
        new TreeSet<>(planned.correct()),
        notes,
        planned.minutes());
  }

  private static Language cohortLanguage(Cohort cohort) {
    return cohort.getLanguage() == null ? Language.EN : cohort.getLanguage();
  }

  /** The step last opened for a facilitator-paced cohort, else the program's first with a plan. */
  private static String currentStep(Cohort cohort, List<StartingPoints.StepChoice> withPlan) {
    List<String> slugs = withPlan.stream().map(StartingPoints.StepChoice::slug).toList();
    return cohort.getOpenedSteps().stream()
        .filter(opened -> slugs.contains(opened.getStepSlug()))
        .max(Comparator.comparing(OpenedStep::getOpenedAt))
        .map(OpenedStep::getStepSlug)
        .orElse(slugs.isEmpty() ? null : slugs.get(0));
  }

  /**
   * The other sessions, with an agenda, of this cohort (which {@link LiveAccess#toWatch} has
   * checked) and of every cohort the asker facilitates. Copying one checks it again.
   */
  private List<EarlierAgenda> earlier(LiveSession session, Cohort cohort) {
    Map<Long, Cohort> mine = new LinkedHashMap<>();
    mine.put(cohort.getId(), cohort);
    cohorts.facilitatedBy(access.me(), true).forEach(c -> mine.putIfAbsent(c.getId(), c));
    List<EarlierAgenda> earlier = new ArrayList<>();
    for (Cohort c : mine.values()) {
      ZoneId zone = ZoneId.of(c.getTimeZone());
      for (LiveSession other : sessions.ofCohort(c.getId())) {
        int size =
            other.getId().equals(session.getId()) ? 0 : sessions.agenda(other.getId()).size();
        if (size > 0) {
          earlier.add(
              new EarlierAgenda(
                  other.getId(),
                  other.getTitle(),
                  c.getName(),
                  other.getStartsAt().atZone(zone).toLocalDateTime(),
                  size));
        }
      }
    }
    return earlier.stream()
        .sorted(Comparator.comparing(EarlierAgenda::startsAt).reversed())
        .limit(EARLIER_SHOWN)
        .toList();
  }
}
