package org.pawprints.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pawprints.identity.domain.Role;
import org.pawprints.live.application.Agendas;
import org.pawprints.live.application.ControlState;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.live.application.RoomState;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.OpenDisplay;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: a live session's state machine, who may control and who may join, answers
 * stored once per person and changeable until locked, results hidden until revealed and until five
 * answered, open answers reaching the room only once approved, and the state read back from the
 * database as a restarted server would.
 */
@ExtendWith(ArquillianExtension.class)
class LiveSessionIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(LiveSessionIT.class, ActingAs.class);
  }

  @Inject LivePlanning planning;
  @Inject Agendas agendas;
  @Inject LiveControl control;
  @Inject LiveRoom room;
  @Inject LiveStates states;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;
  @Resource ManagedExecutorService executor;

  private Seed.TwoCouples cast;
  private long outsider;
  private long otherFacilitator;
  private long session;

  /** A slide, a single-choice poll, a quiz question, an open question, a break. */
  @BeforeEach
  void aCohortWithASessionOfFiveActivities() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Live spring", "America/Toronto", "EN");
    outsider = Seed.person(em, "olive", Role.PARTICIPANT);
    otherFacilitator = Seed.person(em, "gus", Role.FACILITATOR);
    long other = outsider + 7_000_000;
    Seed.cohort(em, other, "Other group", 10);
    Seed.member(em, other, outsider);
    Seed.sql(
        em,
        "INSERT INTO cohort_facilitator (cohort_id, person_id) VALUES (?1, ?2)",
        other,
        otherFacilitator);
    tx.commit();
    asFacilitator();
    session =
        planning.schedule(
            cast.cohort(),
            "Softer beginnings",
            LocalDate.of(2027, 1, 12),
            LocalTime.of(19, 0),
            "https://meet.example.org/abc");
    agendas.add(session, draft(ActivityKind.SLIDE, "Welcome", null, List.of(), Set.of()));
    agendas.add(
        session,
        draft(
            ActivityKind.POLL,
            "How was your week?",
            PollChoice.SINGLE,
            List.of("Calm", "Busy", "Both"),
            Set.of()));
    agendas.add(
        session,
        draft(
            ActivityKind.QUIZ_QUESTION,
            "A gentle start-up begins with",
            null,
            List.of("You never", "I feel"),
            Set.of(1)));
    agendas.add(
        session,
        draft(ActivityKind.OPEN_QUESTION, "One word for tonight", null, List.of(), Set.of()));
    agendas.add(session, draft(ActivityKind.BREAK, "Stretch", null, List.of(), Set.of()));
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void theStateMachineOnlyMovesForwardAndRefusesWhatDoesNotFit() {
    asFacilitator();
    refused("live.notRunning", () -> control.next(session));
    refused("live.notRunning", () -> control.reveal(session));
    control.openLobby(session);
    refused("live.illegalTransition", () -> control.openLobby(session));
    control.start(session);
    assertEquals("Welcome", states.presenter(session).activity().title());
    refused("live.illegalTransition", () -> control.openLobby(session));
    refused("live.illegalTransition", () -> control.start(session));
    refused("live.noSuchActivity", () -> control.back(session));
    refused("live.noSuchActivity", () -> control.jump(session, 5));
    control.jump(session, 4);
    RoomState onBreak = states.presenter(session);
    assertEquals(ActivityKind.BREAK, onBreak.activity().kind());
    assertTrue(onBreak.hasTimer(), "a break counts down as soon as it is shown");
    refused("live.noSuchActivity", () -> control.next(session));
    control.end(session);
    refused("live.illegalTransition", () -> control.start(session));
    refused("live.illegalTransition", () -> control.end(session));
    refused("live.notRunning", () -> control.back(session));
  }

  @Test
  void everyChangeBumpsTheVersion() {
    asFacilitator();
    long version = states.presenter(session).version();
    for (Runnable change :
        List.<Runnable>of(
            () -> control.openLobby(session),
            () -> control.start(session),
            () -> control.next(session),
            () -> control.lockAnswers(session),
            () -> control.reveal(session),
            () -> control.extendTimer(session, 2),
            () -> control.endTimer(session))) {
      change.run();
      long now = states.presenter(session).version();
      assertTrue(now > version, "a change moves the version on");
      version = now;
    }
  }

  @Test
  void aParticipantCallingControlActionsIsRefused() {
    asFacilitator();
    control.openLobby(session);
    control.start(session);
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    refused("live.notYours", () -> control.next(session));
    refused("live.notYours", () -> control.reveal(session));
    refused("live.notYours", () -> control.end(session));
    refused("live.notYours", () -> control.startTimer(session, 5));
    refused("live.notYours", () -> states.control(session));
    refused("live.notYours", () -> states.presenter(session));
    refused("live.notYours", () -> agendas.remove(session, 1));
    asFacilitator();
    assertEquals(0, states.presenter(session).activity().position());
  }

  @Test
  void anotherCohortsMemberAndFacilitatorAreRefused() {
    asFacilitator();
    control.openLobby(session);
    control.start(session);
    control.next(session);
    String code = states.presenter(session).joinCode();
    long poll = states.presenter(session).activity().id();

    ActingAs.person(outsider, Role.PARTICIPANT);
    refused("live.join.unknownCode", () -> room.sessionForCode(code));
    refused("live.notYours", () -> room.here(session));
    refused("live.notYours", () -> states.participant(session));
    refused("live.notYours", () -> room.answer(session, poll, "0"));

    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    refused("live.notYours", () -> control.next(session));
    refused("live.notYours", () -> states.control(session));
    refused("live.notYours", () -> planning.sessions(cast.cohort()));

    // The cohort's own people may: a participant by code, an administrator at the controls.
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    assertEquals(session, room.sessionForCode(code.toLowerCase()));
    ActingAs.person(cast.ada(), Role.ADMIN);
    control.back(session);
  }

  @Test
  void aSecondTapChangesTheAnswerAndTwoTapsAtOnceMakeOneRow() throws Exception {
    long poll = startOnPoll();
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    room.here(session);
    room.answer(session, poll, "0");
    room.answer(session, poll, "2");
    assertEquals("2", states.participant(session).myAnswer());
    assertEquals(1, answerRows(poll, cast.alex()));

    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<?>> taps = new ArrayList<>();
    for (String choice : new String[] {"0", "1"}) {
      taps.add(
          executor.submit(
              () -> {
                ActingAs.personOnThisThread(cast.blair(), Role.PARTICIPANT);
                try {
                  together.await(10, TimeUnit.SECONDS);
                  room.answer(session, poll, choice);
                  return null;
                } finally {
                  ActingAs.leaveThisThread();
                }
              }));
    }
    for (Future<?> tap : taps) {
      tap.get(30, TimeUnit.SECONDS);
    }
    assertEquals(1, answerRows(poll, cast.blair()));
    asFacilitator();
    assertEquals(2, states.control(session).answered());
  }

  @Test
  void aLockedActivityOrOneTheRoomLeftRefusesAnswers() {
    long poll = startOnPoll();
    asFacilitator();
    control.lockAnswers(session);
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    refused("live.answer.locked", () -> room.answer(session, poll, "1"));
    asFacilitator();
    control.openAnswers(session);
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    refused("live.answer.noSuchOption", () -> room.answer(session, poll, "7"));
    refused("live.answer.oneOnly", () -> room.answer(session, poll, "0,1"));
    room.answer(session, poll, "1");
    asFacilitator();
    control.next(session);
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    refused("live.answer.movedOn", () -> room.answer(session, poll, "0"));
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    long quiz = states.presenter(session).activity().id();
    refused("live.answer.participantsOnly", () -> room.answer(session, quiz, "1"));
  }

  @Test
  void resultsStayHiddenBeforeTheRevealAndUntilFiveAnswered() {
    long poll = startOnPoll();
    long[] four = {cast.alex(), cast.blair(), cast.casey(), cast.drew()};
    for (long person : four) {
      ActingAs.person(person, Role.PARTICIPANT);
      room.answer(session, poll, "1");
    }
    asFacilitator();
    assertFalse(states.presenter(session).results().revealed());
    assertNull(states.presenter(session).results().tally());
    control.reveal(session);
    RoomState fourAnswers = states.presenter(session);
    assertTrue(fourAnswers.results().waitingForMore());
    assertNull(fourAnswers.results().tally(), "four answers are never counted for the room");
    assertEquals(4, states.control(session).answered(), "the facilitator sees the count");

    ActingAs.person(cast.ellis(), Role.PARTICIPANT);
    room.answer(session, poll, "0");
    RoomState fiveAnswers = states.participant(session);
    assertTrue(fiveAnswers.results().shown());
    assertEquals(5, fiveAnswers.results().tally().answered());
    assertEquals(4, fiveAnswers.results().tally().bars().get(1).count());
    assertEquals(80, fiveAnswers.results().tally().bars().get(1).percent());

    asFacilitator();
    control.hideResults(session);
    assertNull(states.presenter(session).results().tally());
  }

  @Test
  void theQuizQuestionsRightAnswerShowsOnlyOnceRevealed() {
    startOnPoll();
    asFacilitator();
    control.next(session);
    assertTrue(states.presenter(session).results().correct().isEmpty());
    control.reveal(session);
    assertEquals(Set.of(1), states.presenter(session).results().correct());
  }

  @Test
  void openAnswersReachTheRoomOnlyOnceApprovedAndAnonymous() {
    asFacilitator();
    control.openLobby(session);
    control.start(session);
    control.jump(session, 3);
    long open = states.presenter(session).activity().id();
    long[] five = {cast.alex(), cast.blair(), cast.casey(), cast.drew(), cast.ellis()};
    for (long person : five) {
      ActingAs.person(person, Role.PARTICIPANT);
      room.answer(session, open, "word of " + person);
    }
    asFacilitator();
    control.reveal(session);
    assertTrue(states.presenter(session).results().texts().isEmpty(), "none approved yet");
    ControlState seen = states.control(session);
    assertEquals(5, seen.openAnswers().size());
    long approved = seen.openAnswers().get(0).id();
    long hidden = seen.openAnswers().get(1).id();
    control.approve(session, approved);
    control.hide(session, hidden);
    assertEquals(List.of("word of " + cast.alex()), states.presenter(session).results().texts());

    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    refused("live.notYours", () -> control.approve(session, hidden));
    // Changing an approved answer sends it back for approval: the room never sees unapproved words.
    room.answer(session, open, "something else");
    asFacilitator();
    assertTrue(states.presenter(session).results().texts().isEmpty());
  }

  @Test
  void theStateComesBackFromTheDatabaseAsAfterARestart() throws Exception {
    long poll = startOnPoll();
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    room.answer(session, poll, "2");
    asFacilitator();
    control.lockAnswers(session);
    control.startTimer(session, 3);

    // A restarted server has nothing in memory: what it shows is what the rows hold.
    em.getEntityManagerFactory().getCache().evictAll();
    tx.begin();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT current_position, answers_open, version, timer_ends_at, state"
                        + " FROM live_session WHERE id = ?1")
                .setParameter(1, session)
                .getSingleResult();
    tx.commit();
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    RoomState resumed = states.participant(session);
    assertEquals(((Number) row[0]).intValue(), resumed.activity().position());
    assertEquals(1, resumed.activity().position());
    assertEquals(row[1], resumed.answersOpen());
    assertFalse(resumed.answersOpen());
    assertEquals(((Number) row[2]).longValue(), resumed.version());
    assertTrue(resumed.hasTimer());
    assertEquals("RUNNING", row[4]);
    assertEquals("2", resumed.myAnswer(), "my answer is there after the restart");
  }

  @Test
  void theDashboardListsOnlyMyCohortsOpenSessions() {
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    assertTrue(planning.liveNow().stream().noneMatch(s -> s.id() == session));
    asFacilitator();
    control.openLobby(session);
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    assertTrue(planning.liveNow().stream().anyMatch(s -> s.id() == session));
    ActingAs.person(outsider, Role.PARTICIPANT);
    assertTrue(planning.liveNow().stream().noneMatch(s -> s.id() == session));
  }

  private long startOnPoll() {
    asFacilitator();
    control.openLobby(session);
    control.start(session);
    control.next(session);
    return states.presenter(session).activity().id();
  }

  private long answerRows(long activity, long person) throws Exception {
    tx.begin();
    try {
      return ((Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM live_answer WHERE activity_id = ?1 AND person_id = ?2")
                  .setParameter(1, activity)
                  .setParameter(2, person)
                  .getSingleResult())
          .longValue();
    } finally {
      tx.commit();
    }
  }

  private void asFacilitator() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
  }

  private static ActivityDraft draft(
      ActivityKind kind,
      String title,
      PollChoice choice,
      List<String> options,
      Set<Integer> correct) {
    return new ActivityDraft(
        kind, title, "Some **words**", choice, OpenDisplay.LIST, options, correct, "Notes", 5);
  }

  private static void refused(String key, Executable action) {
    Refusal refusal = assertThrows(Refusal.class, action);
    assertEquals(key, refusal.messageKey());
  }
}
