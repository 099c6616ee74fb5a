package org.pawprints.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Role;
import org.pawprints.live.application.Agendas;
import org.pawprints.live.application.CloudWord;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.LiveQuestions;
import org.pawprints.live.application.LiveReactions;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.live.application.QuestionLine;
import org.pawprints.live.application.ReactionCount;
import org.pawprints.live.application.Results;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.OpenDisplay;
import org.pawprints.live.domain.QuestionState;
import org.pawprints.live.domain.ReactionKind;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: the room's questions (anonymous or named, a length and rate limit, one
 * upvote per person, only the facilitator decides what the room sees), reactions during slides (a
 * switch, a rate limit) and the cohort's smallest-group setting (its bounds, and the live results
 * following it).
 */
@ExtendWith(ArquillianExtension.class)
class LiveRoomIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(LiveRoomIT.class, ActingAs.class);
  }

  @Inject LivePlanning planning;
  @Inject Agendas agendas;
  @Inject LiveControl control;
  @Inject LiveRoom room;
  @Inject LiveStates states;
  @Inject LiveQuestions questions;
  @Inject LiveReactions reactions;
  @Inject MyDataExport export;
  @Inject Cohorts cohorts;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private long outsider;
  private long session;

  /** A slide, then an open question shown as a word cloud. */
  @BeforeEach
  void aCohortWithARunningSession() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Room spring", "America/Toronto", "EN");
    outsider = Seed.person(em, "olive", Role.PARTICIPANT);
    tx.commit();
    asFacilitator();
    session =
        planning.schedule(
            cast.cohort(),
            "Questions welcome",
            LocalDate.of(2027, 2, 9),
            LocalTime.of(19, 0),
            null);
    agendas.add(
        session,
        new ActivityDraft(
            ActivityKind.SLIDE,
            "Welcome",
            "Hello",
            null,
            OpenDisplay.LIST,
            List.of(),
            Set.of(),
            "",
            5));
    agendas.add(
        session,
        new ActivityDraft(
            ActivityKind.OPEN_QUESTION,
            "One word for tonight",
            "A word",
            null,
            OpenDisplay.WORD_CLOUD,
            List.of(),
            Set.of(),
            "",
            5));
    control.openLobby(session);
    control.start(session);
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void anAnonymousQuestionNeverCarriesItsAuthorsName() {
    as(cast.alex());
    questions.ask(session, "  How do we start when we are both tired?  ", true);
    questions.ask(session, "Is it fine to take a break mid-talk?", false);
    asFacilitator();
    List<QuestionLine> all = questions.forControl(session);
    assertEquals(2, all.size());
    QuestionLine anonymous = byText(all, "How do we start when we are both tired?");
    assertTrue(anonymous.anonymous());
    assertNull(anonymous.author());
    assertEquals("alex", byText(all, "Is it fine to take a break mid-talk?").author());
    assertEquals("PENDING", anonymous.state());

    as(cast.alex());
    String alexData = export.export("127.0.0.1").toString();
    assertTrue(alexData.contains("How do we start when we are both tired?"), "mine, anonymous too");
    as(cast.casey());
    assertFalse(export.export("127.0.0.1").toString().contains("both tired"));
  }

  @Test
  void pendingQuestionsReachOnlyTheirAuthorAndTheFacilitator() {
    as(cast.alex());
    questions.ask(session, "Mine, waiting", true);
    assertEquals(1, questions.forParticipant(session).size());
    assertTrue(questions.forParticipant(session).get(0).mine());
    as(cast.casey());
    assertTrue(questions.forParticipant(session).isEmpty());
    asFacilitator();
    assertTrue(questions.forPresenter(session).isEmpty());
    long id = questions.forControl(session).get(0).id();
    questions.moderate(session, id, QuestionState.APPROVED);
    assertEquals(1, questions.forPresenter(session).size());
    as(cast.casey());
    assertEquals(1, questions.forParticipant(session).size());
  }

  @Test
  void anUpvoteCountsOncePerPersonAndTheMostUpvotedComesFirst() {
    as(cast.alex());
    questions.ask(session, "First", false);
    questions.ask(session, "Second", true);
    asFacilitator();
    long first = byText(questions.forControl(session), "First").id();
    long second = byText(questions.forControl(session), "Second").id();
    refused("live.question.gone", () -> castVote(cast.casey(), second));
    asFacilitator();
    questions.moderate(session, first, QuestionState.APPROVED);
    questions.moderate(session, second, QuestionState.APPROVED);
    castVote(cast.casey(), second);
    castVote(cast.casey(), second);
    castVote(cast.drew(), second);
    castVote(cast.blair(), first);
    refused("live.question.ownVote", () -> castVote(cast.alex(), first));
    asFacilitator();
    List<QuestionLine> shown = questions.forPresenter(session);
    assertEquals("Second", shown.get(0).text());
    assertEquals(2, shown.get(0).votes(), "casey's second upvote changed nothing");
    assertEquals(1, shown.get(1).votes());
    as(cast.casey());
    assertTrue(byText(questions.forParticipant(session), "Second").votedByMe());
    assertFalse(byText(questions.forParticipant(session), "First").votedByMe());
  }

  @Test
  void theFacilitatorDecidesAndAParticipantCannot() {
    as(cast.alex());
    questions.ask(session, "Can we go slower?", false);
    asFacilitator();
    long id = questions.forControl(session).get(0).id();
    long before = states.presenter(session).version();
    as(cast.blair());
    refused("live.notYours", () -> questions.moderate(session, id, QuestionState.APPROVED));
    refused("live.notYours", () -> questions.forControl(session));
    refused("live.notYours", () -> questions.forPresenter(session));
    asFacilitator();
    questions.moderate(session, id, QuestionState.ANSWERING);
    assertTrue(states.presenter(session).version() > before, "every phone refetches");
    assertEquals("ANSWERING", questions.forPresenter(session).get(0).state());
    questions.moderate(session, id, QuestionState.DONE);
    assertTrue(questions.forPresenter(session).isEmpty(), "a done question leaves the screen");
    questions.moderate(session, id, QuestionState.HIDDEN);
    as(cast.alex());
    assertEquals("HIDDEN", questions.forParticipant(session).get(0).state());
    as(cast.casey());
    assertTrue(questions.forParticipant(session).isEmpty());
  }

  @Test
  void badQuestionsAreRefusedAndOutsidersToo() {
    as(cast.alex());
    refused("live.question.required", () -> questions.ask(session, "   ", false));
    refused("live.question.tooLong", () -> questions.ask(session, "x".repeat(281), false));
    questions.ask(session, "x".repeat(280), false);
    questions.ask(session, "two", false);
    questions.ask(session, "three", false);
    refused("live.question.tooMany", () -> questions.ask(session, "four", false));
    as(outsider);
    refused("live.notYours", () -> questions.ask(session, "Let me in", false));
    refused("live.notYours", () -> questions.forParticipant(session));
    asFacilitator();
    refused("live.question.participantsOnly", () -> questions.ask(session, "Me?", false));
    control.end(session);
    as(cast.blair());
    refused("live.question.closed", () -> questions.ask(session, "After the end", false));
  }

  @Test
  void reactionsDuringSlidesHaveASwitchAndALimit() {
    as(cast.alex());
    assertTrue(reactions.open(session));
    reactions.react(session, ReactionKind.HEART);
    as(cast.casey());
    reactions.react(session, ReactionKind.HEART);
    reactions.react(session, ReactionKind.THINKING);
    asFacilitator();
    List<ReactionCount> counts = reactions.counts(session);
    assertEquals(2, counts.size());
    assertEquals("HEART", counts.get(0).kind());
    assertEquals(2, counts.get(0).count());
    as(cast.casey());
    assertEquals(
        2, export.export("127.0.0.1").getJsonArray("liveReactions").size(), "my two reactions");
    asFacilitator();
    refused("live.question.participantsOnly", () -> reactions.react(session, ReactionKind.THANKS));

    as(cast.drew());
    for (int i = 0; i < LiveReactions.MAX_PER_MINUTE; i++) {
      reactions.react(session, ReactionKind.APPLAUSE);
    }
    refused("live.reaction.tooMany", () -> reactions.react(session, ReactionKind.APPLAUSE));
    refused("live.notYours", () -> reactions.switchReactions(session, false));

    asFacilitator();
    reactions.switchReactions(session, false);
    assertFalse(reactions.switchedOn(session));
    assertTrue(reactions.counts(session).isEmpty(), "off: the presenter shows none");
    as(cast.alex());
    assertFalse(reactions.open(session));
    refused("live.reaction.off", () -> reactions.react(session, ReactionKind.HEART));
    asFacilitator();
    reactions.switchReactions(session, true);
    control.next(session);
    as(cast.alex());
    assertFalse(reactions.open(session), "only during slides");
    refused("live.reaction.notNow", () -> reactions.react(session, ReactionKind.HEART));
  }

  @Test
  void theSmallestGroupIsACohortSettingWithinBounds() {
    ActingAs.person(cast.ada(), Role.ADMIN);
    refused("cohort.smallestGroupRange", () -> cohorts.useSmallestGroup(cast.cohort(), 2, "t"));
    refused("cohort.smallestGroupRange", () -> cohorts.useSmallestGroup(cast.cohort(), 51, "t"));
    as(cast.alex());
    assertThrows(RuntimeException.class, () -> cohorts.useSmallestGroup(cast.cohort(), 3, "t"));
    asFacilitator();
    control.next(session);
    long open = states.presenter(session).activity().id();
    for (long person : new long[] {cast.alex(), cast.blair(), cast.casey()}) {
      as(person);
      room.answer(session, open, person == cast.casey() ? "Tired" : " calm ");
    }
    asFacilitator();
    control.reveal(session);
    Results withDefault = states.presenter(session).results();
    assertTrue(withDefault.waitingForMore(), "three answers are fewer than the default five");
    assertEquals(5, withDefault.threshold());

    ActingAs.person(cast.ada(), Role.ADMIN);
    cohorts.useSmallestGroup(cast.cohort(), 3, "t");
    asFacilitator();
    states.control(session).openAnswers().forEach(a -> control.approve(session, a.id()));
    Results withThree = states.presenter(session).results();
    assertTrue(withThree.shown());
    assertEquals(3, withThree.threshold());
    List<CloudWord> cloud = withThree.cloud();
    assertEquals("calm", cloud.get(0).text(), "the same word, differently spaced, is one");
    assertEquals(2, cloud.get(0).count());
    assertEquals(5, cloud.get(0).size());
    assertEquals(1, cloud.get(1).size());
  }

  private void castVote(long person, long question) {
    as(person);
    questions.upvote(session, question);
  }

  private static QuestionLine byText(List<QuestionLine> lines, String text) {
    return lines.stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
  }

  private void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private void asFacilitator() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
  }

  private static void refused(String key, Executable action) {
    Refusal refusal = assertThrows(Refusal.class, action);
    assertEquals(key, refusal.messageKey());
  }
}
