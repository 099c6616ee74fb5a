package org.pawprints.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pawprints.curriculum.content.ShippedModules;
import org.pawprints.identity.domain.Role;
import org.pawprints.live.application.AgendaStarters;
import org.pawprints.live.application.Agendas;
import org.pawprints.live.application.EarlierAgenda;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.StartingPoints;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.FloorPrompts;
import org.pawprints.live.plan.PlannedActivity;
import org.pawprints.live.plan.SessionPlan;
import org.pawprints.live.plan.SessionPlans;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: a facilitator starts a session's agenda from a step's default plan or from
 * an earlier session's agenda; nobody else may, another cohort's agenda is not theirs to copy, and
 * a session that has started keeps its agenda.
 */
@ExtendWith(ArquillianExtension.class)
class AgendaStartersIT {

  private static final String STEP = "gentle-start-up";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(AgendaStartersIT.class, ActingAs.class);
  }

  @Inject AgendaStarters starters;
  @Inject Agendas agendas;
  @Inject LivePlanning planning;
  @Inject LiveControl control;
  @Inject SessionPlans plans;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private long otherFacilitator;
  private long otherCohort;
  private long session;

  @BeforeEach
  void aCohortWithAnEmptySessionAndAnotherCohort() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Plans spring", "America/Toronto", "EN");
    otherFacilitator = Seed.person(em, "gail", Role.FACILITATOR);
    otherCohort = otherFacilitator + 8_000_000;
    Seed.cohort(em, otherCohort, "Other plans group", 10);
    Seed.sql(
        em,
        "INSERT INTO cohort_facilitator (cohort_id, person_id) VALUES (?1, ?2)",
        otherCohort,
        otherFacilitator);
    tx.commit();
    asFacilitator();
    session = schedule(cast.cohort(), "Softer beginnings");
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aStepsPlanBecomesTheAgendaInOrderWithItsMinutes() {
    asFacilitator();
    SessionPlan plan = plans.plan(STEP, Language.FR).orElseThrow();
    int added = starters.copyPlan(session, STEP, Language.FR);

    List<ActivityDraft> agenda = agendas.agenda(session);
    assertEquals(plan.activities().size(), added);
    assertEquals(plan.activities().size(), agenda.size());
    for (int i = 0; i < agenda.size(); i++) {
      PlannedActivity planned = plan.activities().get(i);
      ActivityDraft copied = agenda.get(i);
      assertEquals(planned.kind(), copied.kind(), "activity " + (i + 1));
      assertEquals(planned.title(), copied.title());
      assertEquals(planned.minutes(), copied.minutes());
      List<String> options =
          planned.kind() == ActivityKind.FLOOR
              ? new FloorPrompts(planned.speakerPrompts(), planned.listenerPrompts())
                  .toOptionLines()
              : planned.options();
      assertEquals(options, copied.options(), "a floor's prompts go to the partners' phones");
      assertEquals(Set.copyOf(planned.correct()), copied.correct());
      if (planned.kind() == ActivityKind.SLIDE) {
        assertEquals(planned.body(), copied.body());
      } else if (planned.kind() != ActivityKind.BREAK) {
        assertTrue(copied.body().startsWith(planned.prompt()), "the prompt is what the room reads");
      }
    }
    assertEquals(plan.totalMinutes(), agenda.stream().mapToInt(ActivityDraft::minutes).sum());
  }

  @Test
  void aBilingualRoomGetsEveryStepsPlanInBothLanguagesTheCohortsFirst() {
    asFacilitator();
    for (String step : ShippedModules.SLUGS) {
      long each = schedule(cast.cohort(), "Both " + step);
      SessionPlan english = plans.plan(step, Language.EN).orElseThrow();
      SessionPlan french = plans.plan(step, Language.FR).orElseThrow();
      assertEquals(english.activities().size(), starters.copyPlanInBoth(each, step), step);
      List<ActivityDraft> agenda = agendas.agenda(each);
      for (int i = 0; i < agenda.size(); i++) {
        ActivityDraft copied = agenda.get(i);
        PlannedActivity en = english.activities().get(i);
        PlannedActivity fr = french.activities().get(i);
        assertTrue(copied.title().startsWith(en.title()), step + " " + copied.title());
        assertTrue(copied.title().endsWith(fr.title()), step + " " + copied.title());
        assertEquals(Set.copyOf(en.correct()), copied.correct());
        if (copied.kind() == ActivityKind.FLOOR) {
          assertTrue(FloorPrompts.allMarked(copied.options()), "the partners' prompts: " + step);
          assertEquals(
              en.speakerPrompts().size(), FloorPrompts.of(copied.options()).speaker().size());
        }
      }
    }
    refused("live.starter.noPlan", () -> starters.copyPlanInBoth(session, "no-such-step"));
  }

  @Test
  void aSecondCopyIsAppendedAndTheCopiesAreOrdinaryActivities() {
    asFacilitator();
    int first = starters.copyPlan(session, STEP, Language.EN);
    agendas.update(
        session,
        0,
        new ActivityDraft(
            ActivityKind.SLIDE, "Our own welcome", "Hello", null, null, null, null, null, 3));
    agendas.move(session, 1, -1);
    int second = starters.copyPlan(session, STEP, Language.EN);

    List<ActivityDraft> agenda = agendas.agenda(session);
    assertEquals(first + second, agenda.size());
    assertEquals("Our own welcome", agenda.get(1).title());
    SessionPlan plan = plans.plan(STEP, Language.EN).orElseThrow();
    assertEquals(plan.activities().get(0).title(), agenda.get(first).title());
  }

  @Test
  void onlyTheCohortsFacilitatorsMayStartFromAPlan() {
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    refused("live.notYours", () -> starters.copyPlan(session, STEP, Language.EN));
    refused("live.notYours", () -> starters.startingPoints(session));
    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    refused("live.notYours", () -> starters.copyPlan(session, STEP, Language.EN));
    refused("live.notYours", () -> starters.plan(session, STEP, Language.EN));
    asFacilitator();
    assertTrue(agendas.agenda(session).isEmpty(), "nothing was copied by a refused call");
    refused("live.starter.noPlan", () -> starters.copyPlan(session, "no-such-step", Language.EN));
  }

  @Test
  void aStartedSessionKeepsItsAgenda() {
    asFacilitator();
    starters.copyPlan(session, STEP, Language.EN);
    int before = agendas.agenda(session).size();
    control.openLobby(session);
    starters.copyPlan(session, STEP, Language.EN);
    assertEquals(2 * before, agendas.agenda(session).size(), "the lobby has not started yet");
    control.start(session);
    refused("live.starter.started", () -> starters.copyPlan(session, STEP, Language.EN));
    long earlier = schedule(cast.cohort(), "Earlier one");
    agendas.add(
        earlier,
        new ActivityDraft(ActivityKind.BREAK, "Tea", null, null, null, null, null, null, 10));
    refused("live.starter.started", () -> starters.copyAgenda(session, earlier));
    assertFalse(starters.startingPoints(session).fillable());
    assertEquals(2 * before, agendas.agenda(session).size());
  }

  @Test
  void anEarlierAgendaIsCopiedButNeverAnotherCohorts() {
    asFacilitator();
    long earlier = schedule(cast.cohort(), "Last month");
    agendas.add(
        earlier,
        new ActivityDraft(
            ActivityKind.CHECK_IN, "How are you?", "1 to 10", null, null, null, null, "warm", 4));
    agendas.add(
        earlier,
        new ActivityDraft(ActivityKind.BREAK, "Tea", null, null, null, null, null, null, 10));

    StartingPoints points = starters.startingPoints(session);
    assertEquals(
        List.of(earlier),
        points.earlier().stream().map(EarlierAgenda::id).toList(),
        "the empty session itself is not offered");
    assertEquals(2, starters.copyAgenda(session, earlier));
    List<ActivityDraft> agenda = agendas.agenda(session);
    assertEquals(
        List.of("How are you?", "Tea"), agenda.stream().map(ActivityDraft::title).toList());
    assertEquals("warm", agenda.get(0).notes());
    assertEquals(4, agenda.get(0).minutes());

    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    long theirs = schedule(otherCohort, "Their session");
    agendas.add(
        theirs,
        new ActivityDraft(ActivityKind.BREAK, "Theirs", null, null, null, null, null, null, 5));
    refused("live.notYours", () -> starters.copyAgenda(theirs, earlier));
    asFacilitator();
    refused("live.notYours", () -> starters.copyAgenda(session, theirs));
    assertTrue(
        starters.startingPoints(session).earlier().stream().noneMatch(e -> e.id() == theirs),
        "another cohort's agenda is not offered");
    assertEquals(2, agendas.agenda(session).size());
  }

  private long schedule(long cohort, String title) {
    return planning.schedule(cohort, title, LocalDate.of(2027, 2, 9), LocalTime.of(19, 0), null);
  }

  private void asFacilitator() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
  }

  private static void refused(String key, Executable action) {
    Refusal refusal = assertThrows(Refusal.class, action);
    assertEquals(key, refusal.messageKey());
  }
}
