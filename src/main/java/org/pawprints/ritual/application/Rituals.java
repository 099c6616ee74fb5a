package org.pawprints.ritual.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.application.WorkshopCalendar;
import org.pawprints.cohort.domain.WorkshopWeek;
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.couple.application.CurrentCouple;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.Partners;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.ritual.domain.RitualFrequency;
import org.pawprints.ritual.domain.RitualPlan;
import org.pawprints.ritual.domain.RitualTick;
import org.pawprints.ritual.domain.RitualTickRepository;
import org.pawprints.ritual.domain.Streaks;
import org.pawprints.ritual.domain.TickRules;

/**
 * The rituals tracker for the signed-in participant. No method takes a person id: the caller is the
 * viewer, and their partner is looked up ({@link Partners}). The partner's plan and ticks are read
 * only when {@link AnswerVisibility} lets the caller see the partner's planner answer (the reveal).
 * A person ticks only the rituals in their own plan.
 */
@ApplicationScoped
public class Rituals {

  /** Where rituals are planned: the ritual planner of step 2. */
  public static final String STEP = "rituals-of-connection";

  public static final String PLANNER = "one-ritual-to-try";

  @Inject ParticipantModules modules;
  @Inject Partners partners;
  @Inject IndividualTrack track;
  @Inject AnswerVisibility visibility;
  @Inject WorkshopCalendar calendar;
  @Inject ModuleCatalog catalog;
  @Inject RitualTickRepository ticks;

  @PersistenceContext EntityManager em;

  /** This week's tracker, or last week's (the only earlier week that can still be ticked). */
  public RitualTracker tracker(boolean lastWeek, Language language) {
    long me = modules.participant();
    LocalDate today = calendar.today(me);
    WorkshopWeek week =
        lastWeek ? WorkshopWeek.containing(today).previous() : WorkshopWeek.containing(today);
    Optional<RitualPlan> mine = planOf(me);
    if (mine.isEmpty()) {
      return new RitualTracker(week, today, false, partnerState(me).state(), List.of());
    }
    Revealed partner = partnerState(me);
    Map<String, String> labels = suggestionLabels(language);
    Map<String, Set<LocalDate>> myTicks = ticksByRitual(me);
    Map<String, Set<LocalDate>> theirTicks =
        partner.plan().isPresent()
            ? ticksByRitual(partner.personId(), partner.pairedOn(calendar.zoneOf(me)), true)
            : Map.of();

    // Suggestions in the planner's order, then my own ritual, then my partner's own.
    Map<String, Row> rows = new LinkedHashMap<>();
    labels.keySet().forEach(key -> rows.put(key, new Row(key, labels.get(key))));
    rows.put("mine-" + RitualTick.CUSTOM, new Row(RitualTick.CUSTOM, mine.get().customText()));
    rows.put(
        "partner-" + RitualTick.CUSTOM,
        new Row(RitualTick.CUSTOM, partner.plan().map(RitualPlan::customText).orElse("")));
    for (String key : mine.get().keys()) {
      rows.computeIfAbsent(rowOf(key, "mine-"), k -> new Row(key, key)).mine = true;
    }
    partner
        .plan()
        .ifPresent(
            plan ->
                plan.keys()
                    .forEach(
                        key ->
                            rows.computeIfAbsent(rowOf(key, "partner-"), k -> new Row(key, key))
                                    .partners =
                                true));

    List<TrackedRitual> tracked = new ArrayList<>();
    rows.values()
        .forEach(
            row -> {
              if (row.mine || row.partners) {
                tracked.add(
                    track(
                        row,
                        week,
                        today,
                        row.mine ? mine.get().frequency() : null,
                        row.partners ? partner.plan().get().frequency() : null,
                        row.mine ? myTicks.getOrDefault(row.key, Set.of()) : Set.of(),
                        row.partners ? theirTicks.getOrDefault(row.key, Set.of()) : Set.of()));
              }
            });
    return new RitualTracker(week, today, true, partner.state(), tracked);
  }

  /** Marks one of my rituals done on a day; ticking twice keeps one tick. */
  public void tick(String ritualKey, String day) {
    long me = modules.participant();
    LocalDate date = checked(me, ritualKey, day);
    // The same tick, sent twice at once, loses to itself on the unique key: it counts once.
    UniqueKeyRace.retryOnce(
        () -> {
          if (!ticks.exists(me, ritualKey, date)) {
            ticks.add(me, ritualKey, date);
          }
        });
  }

  /** Takes my tick back (a mis-tap), on the same days I may tick. */
  public void untick(String ritualKey, String day) {
    long me = modules.participant();
    ticks.remove(me, ritualKey, checked(me, ritualKey, day));
  }

  private LocalDate checked(long me, String ritualKey, String day) {
    RitualPlan plan = planOf(me).orElseThrow(() -> new Refusal("rituals.nothingPlanned"));
    if (!plan.includes(ritualKey)) {
      throw new Refusal("rituals.notYours");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(day == null ? "" : day.strip());
    } catch (DateTimeParseException notADate) {
      throw new Refusal("rituals.badDay");
    }
    TickRules.problem(date, calendar.today(me), plan.frequency())
        .ifPresent(
            key -> {
              throw new Refusal(key);
            });
    return date;
  }

  private static String rowOf(String key, String ownerPrefix) {
    return RitualTick.CUSTOM.equals(key) ? ownerPrefix + key : key;
  }

  private TrackedRitual track(
      Row row,
      WorkshopWeek week,
      LocalDate today,
      RitualFrequency myFrequency,
      RitualFrequency partnerFrequency,
      Set<LocalDate> myDays,
      Set<LocalDate> theirDays) {
    List<TrackedDay> days = new ArrayList<>();
    for (LocalDate date : week.days()) {
      boolean forMe = myFrequency != null && myFrequency.plannedOn(date.getDayOfWeek());
      boolean forPartner =
          partnerFrequency != null && partnerFrequency.plannedOn(date.getDayOfWeek());
      days.add(
          new TrackedDay(
              date,
              myDays.contains(date),
              theirDays.contains(date),
              forMe,
              forPartner,
              myFrequency != null && TickRules.tickable(date, today, myFrequency),
              date.isAfter(today)));
    }
    String owner = row.mine && row.partners ? "both-" : row.mine ? "mine-" : "partner-";
    String id = owner + row.key; // an own ritual is never in both plans: one row each
    int[] counts = {
      myFrequency == null ? 0 : myFrequency.countTowardPlan(week, myDays),
      partnerFrequency == null ? 0 : partnerFrequency.countTowardPlan(week, theirDays)
    };
    int[] streaks = {
      myFrequency == null ? 0 : Streaks.weeksInARow(myFrequency, myDays, today),
      partnerFrequency == null ? 0 : Streaks.weeksInARow(partnerFrequency, theirDays, today)
    };
    return new TrackedRitual(
        id, row.key, row.label, myFrequency, partnerFrequency, days, counts, streaks);
  }

  /** The partner, and their plan only when the one visibility rule lets me see it. */
  private Revealed partnerState(long me) {
    Optional<CurrentCouple> couple = partners.coupleOf(me);
    if (couple.isEmpty()) {
      return new Revealed(PartnerRituals.NO_PARTNER, 0, Instant.EPOCH, Optional.empty());
    }
    long partner = couple.get().partnerId();
    Instant since = couple.get().since();
    // Their plan as they last marked it done: a plan they are still editing stays theirs.
    Optional<AnswerContent> theirs =
        plannerAnswer(partner).flatMap(a -> visibility.readableBy(me, a));
    if (theirs.isEmpty()) {
      return new Revealed(PartnerRituals.NOT_YET, partner, since, Optional.empty());
    }
    Optional<RitualPlan> plan = planIn(theirs.get());
    return plan.isEmpty()
        ? new Revealed(PartnerRituals.NOT_YET, partner, since, Optional.empty())
        : new Revealed(PartnerRituals.SHOWN, partner, since, plan);
  }

  private Optional<RitualPlan> planOf(long person) {
    return plannerAnswer(person).flatMap(a -> planIn(a.content()));
  }

  private static Optional<RitualPlan> planIn(AnswerContent content) {
    RitualPlan plan = RitualPlan.of(content.picked(), content.custom(), content.frequency());
    return plan.isEmpty() ? Optional.empty() : Optional.of(plan);
  }

  private Optional<Answer> plannerAnswer(long person) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", person)
        .setParameter("step", STEP)
        .setParameter("exercise", PLANNER)
        .getResultStream()
        .findFirst();
  }

  private Map<String, String> suggestionLabels(Language language) {
    Map<String, String> labels = new LinkedHashMap<>();
    catalog
        .module(STEP, language)
        .flatMap(m -> m.exercise(PLANNER))
        .ifPresent(e -> e.getSuggestions().forEach(s -> labels.put(s.getId(), s.getLabel())));
    return labels;
  }

  private Map<String, Set<LocalDate>> ticksByRitual(long person) {
    return ticksByRitual(person, LocalDate.MIN, false);
  }

  /**
   * A person's ticks from a day on (a partner's: from the day we paired, not an earlier couple, and
   * none they ticked on the individual track, which stay theirs).
   */
  private Map<String, Set<LocalDate>> ticksByRitual(
      long person, LocalDate from, boolean partnersView) {
    Map<String, Set<LocalDate>> byRitual = new HashMap<>();
    ticks.of(person).stream()
        .filter(tick -> !tick.getDoneOn().isBefore(from))
        .filter(tick -> !partnersView || !track.wasOnAt(person, tick.getCreatedAt()))
        .collect(
            Collectors.groupingBy(
                RitualTick::getRitualKey,
                Collectors.mapping(RitualTick::getDoneOn, Collectors.toSet())))
        .forEach(byRitual::put);
    return byRitual;
  }

  private record Revealed(
      PartnerRituals state, long personId, Instant since, Optional<RitualPlan> plan) {

    LocalDate pairedOn(ZoneId zone) {
      return LocalDate.ofInstant(since, zone);
    }
  }

  /** A row being assembled: which ritual, its label, and whose plan it is in. */
  private static final class Row {
    private final String key;
    private final String label;
    private boolean mine;
    private boolean partners;

    Row(String key, String label) {
      this.key = key;
      this.label = label;
    }
  }
}
