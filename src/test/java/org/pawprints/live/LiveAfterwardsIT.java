package org.pawprints.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.curriculum.application.StepCatalog;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Role;
import org.pawprints.live.application.Agendas;
import org.pawprints.live.application.ControlState;
import org.pawprints.live.application.LiveAudience;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LivePacing;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.live.application.LiveSummaries;
import org.pawprints.live.application.MyLiveAnswers;
import org.pawprints.live.application.MyLiveSession;
import org.pawprints.live.application.PracticeCard;
import org.pawprints.live.application.SessionSummary;
import org.pawprints.live.application.SummaryCsv;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.OpenDisplay;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: a live session afterwards. The facilitator's summary follows the same
 * threshold as the room's results and approved open answers only; its CSV keeps a formula as text;
 * a participant sees only their own answers, also in "download my data"; pacing from the session
 * opens the step's module and reaches the practice hub; an administrator may run the session.
 */
@ExtendWith(ArquillianExtension.class)
class LiveAfterwardsIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(LiveAfterwardsIT.class, ActingAs.class);
  }

  @Inject LivePlanning planning;
  @Inject Agendas agendas;
  @Inject LiveControl control;
  @Inject LiveRoom room;
  @Inject LiveStates states;
  @Inject LiveSummaries summaries;
  @Inject MyLiveAnswers myAnswers;
  @Inject MyDataExport export;
  @Inject LivePacing pacing;
  @Inject LiveAudience audience;
  @Inject StepCatalog steps;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private long outsider;
  private long session;

  /** A poll and an open question, each with private notes. */
  @BeforeEach
  void aCohortWithAPollAndAnOpenQuestion() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Live afterwards", "America/Toronto", "EN");
    outsider = Seed.person(em, "otto", Role.PARTICIPANT);
    tx.commit();
    asFacilitator();
    session =
        planning.schedule(
            cast.cohort(),
            "Softer beginnings",
            LocalDate.of(2027, 1, 12),
            LocalTime.of(19, 0),
            null);
    agendas.add(
        session,
        new ActivityDraft(
            ActivityKind.POLL,
            "How was your week?",
            null,
            PollChoice.SINGLE,
            OpenDisplay.LIST,
            List.of("Calm", "Busy"),
            Set.of(),
            "Ask who wants to say more",
            5));
    agendas.add(
        session,
        new ActivityDraft(
            ActivityKind.OPEN_QUESTION,
            "One word for tonight",
            null,
            null,
            OpenDisplay.LIST,
            List.of(),
            Set.of(),
            null,
            5));
    control.openLobby(session);
    control.start(session);
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void theSummaryShowsAnAggregateOnlyFromFiveAnswersAndApprovedOpenAnswersOnly() {
    long poll = currentActivity();
    long[] four = {cast.alex(), cast.blair(), cast.casey(), cast.drew()};
    for (long person : four) {
      answerAs(person, poll, "1");
    }
    asFacilitator();
    SessionSummary.Item fourAnswers = summaries.summary(session).activities().get(0);
    assertEquals(4, fourAnswers.answered());
    assertTrue(fourAnswers.tooFew());
    assertNull(fourAnswers.tally(), "four answers are never counted in the summary either");
    assertEquals("Ask who wants to say more", fourAnswers.notes());

    answerAs(cast.ellis(), poll, "0");
    asFacilitator();
    SessionSummary summary = summaries.summary(session);
    SessionSummary.Item five = summary.activities().get(0);
    assertTrue(five.shown());
    assertEquals(4, five.tally().bars().get(1).count());
    assertEquals(5, summary.attendedCount(), "the five who answered came");
    assertEquals(2, summary.couplesAttended().size());

    control.next(session);
    long open = currentActivity();
    answerAs(cast.alex(), open, "=HYPERLINK(\"http://evil.example\",\"click\")");
    answerAs(cast.blair(), open, "tired");
    answerAs(cast.casey(), open, "hopeful");
    answerAs(cast.drew(), open, "calm");
    answerAs(cast.ellis(), open, "seen");
    asFacilitator();
    for (ControlState.OpenLine line : states.control(session).openAnswers()) {
      if (!line.text().equals("tired")) {
        control.approve(session, line.id());
      } else {
        control.hide(session, line.id());
      }
    }
    SessionSummary.Item words = summaries.summary(session).activities().get(1);
    assertEquals(4, words.approved().size());
    assertFalse(words.approved().contains("tired"), "a hidden answer stays out of the summary");
  }

  @Test
  void theSummaryFollowsTheCohortsOwnSmallestGroup() throws Exception {
    tx.begin();
    em.find(Cohort.class, cast.cohort()).useSmallestGroup(3);
    tx.commit();
    long poll = currentActivity();
    answerAs(cast.alex(), poll, "0");
    answerAs(cast.blair(), poll, "1");
    asFacilitator();
    SessionSummary.Item two = summaries.summary(session).activities().get(0);
    assertTrue(two.tooFew(), "two answers stay below a smallest group of three");
    assertNull(two.tally());

    answerAs(cast.casey(), poll, "1");
    asFacilitator();
    SessionSummary.Item three = summaries.summary(session).activities().get(0);
    assertTrue(three.shown(), "three answers reach a cohort whose smallest group is three");
    assertEquals(2, three.tally().bars().get(1).count());
  }

  @Test
  void theCsvKeepsAFormulaAsText() throws Exception {
    long poll = currentActivity();
    for (long person : everyone()) {
      answerAs(person, poll, "0");
    }
    asFacilitator();
    control.next(session);
    long open = currentActivity();
    String formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    for (long person : everyone()) {
      answerAs(person, open, person == cast.alex() ? formula : "@SUM(1,2)" + person);
    }
    asFacilitator();
    states.control(session).openAnswers().forEach(line -> control.approve(session, line.id()));
    String csv = SummaryCsv.of(summaries.summary(session));
    List<CSVRecord> rows =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    List<String> texts =
        rows.stream()
            .filter(r -> r.get("item").equals("approvedAnswer"))
            .map(r -> r.get("text"))
            .toList();
    assertEquals(5, texts.size());
    assertTrue(texts.contains("'" + formula), texts.toString());
    assertTrue(texts.stream().allMatch(t -> t.startsWith("'")), texts.toString());
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.get("item").equals("option")
                        && r.get("text").equals("Calm")
                        && r.get("count").equals("5")));
    assertEquals("'-1", SummaryCsv.guard("-1"));
    assertEquals("'+x", SummaryCsv.guard("+x"));
    assertEquals("'\tx", SummaryCsv.guard("\tx"));
    assertEquals("calm", SummaryCsv.guard("calm"));
  }

  @Test
  void aParticipantSeesOnlyTheirOwnAnswersAlsoInTheirData() {
    long poll = currentActivity();
    answerAs(cast.alex(), poll, "0");
    answerAs(cast.blair(), poll, "1");
    asFacilitator();
    control.next(session);
    long open = currentActivity();
    answerAs(cast.blair(), open, "blair's words");

    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    List<MyLiveSession> mine = myAnswers.mine();
    assertEquals(1, mine.size());
    assertEquals(1, mine.get(0).answers().size(), "only my own answer, not my partner's");
    assertEquals("Calm", mine.get(0).answers().get(0).answer());

    JsonObject data = export.export("127.0.0.1");
    JsonArray live = data.getJsonArray("liveSessions");
    assertEquals(1, live.size());
    assertEquals("Softer beginnings", live.getJsonObject(0).getString("title"));
    JsonArray answers = live.getJsonObject(0).getJsonArray("myAnswers");
    assertEquals(1, answers.size());
    assertEquals("Calm", answers.getJsonObject(0).getString("answer"));
    assertFalse(data.toString().contains("blair's words"));
    assertFalse(data.toString().contains("Busy\""), "blair's choice is not in alex's data");

    ActingAs.person(cast.blair(), Role.PARTICIPANT);
    assertEquals(2, myAnswers.mine().get(0).answers().size());

    ActingAs.person(outsider, Role.PARTICIPANT);
    assertTrue(myAnswers.mine().isEmpty());
  }

  @Test
  void pacingOpensTheStepsModuleAndReachesThePracticeHub() throws Exception {
    tx.begin();
    Seed.sql(em, "UPDATE cohort SET pacing = 'FACILITATOR_PACED' WHERE id = ?1", cast.cohort());
    tx.commit();
    String step = steps.steps(Language.EN).get(1).getSlug();
    asFacilitator();
    assertTrue(pacing.choices(session, Language.EN).facilitatorPaced());
    refused("live.practice.noStep", () -> pacing.send(session, "no-such-step", null, "127.0.0.1"));
    refused(
        "live.practice.tooLong", () -> pacing.send(session, step, "x".repeat(501), "127.0.0.1"));
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    assertThrows(Refusal.class, () -> pacing.send(session, step, null, "127.0.0.1"));
    assertTrue(pacing.thisWeek(Language.EN).isEmpty());

    asFacilitator();
    pacing.send(session, step, "Try one gentle start-up a day.", "127.0.0.1");
    assertTrue(opened(step), "the module is open for the cohort");

    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    List<PracticeCard> cards = pacing.thisWeek(Language.EN);
    assertEquals(1, cards.size());
    assertEquals(step, cards.get(0).stepSlug());
    assertEquals("Try one gentle start-up a day.", cards.get(0).note());
    assertTrue(cards.get(0).moduleAddress().startsWith("/my/module.xhtml?step="));
    ActingAs.person(outsider, Role.PARTICIPANT);
    assertTrue(pacing.thisWeek(Language.EN).isEmpty());
  }

  @Test
  void anAdministratorMayRunTheSessionAndGetsItsPushes() {
    ActingAs.person(cast.ada(), Role.ADMIN);
    room.here(session);
    assertTrue(audience.of(session).staff().contains(cast.ada()), "staff-only pushes reach them");
    assertFalse(
        audience.of(session).participants().contains(cast.ada()),
        "a staff screen fetches at once, never spread like a phone");
    control.next(session);
    assertEquals("One word for tonight", states.control(session).room().activity().title());
    assertEquals("Softer beginnings", summaries.summary(session).title());
    String step = steps.steps(Language.EN).get(0).getSlug();
    pacing.send(session, step, null, "127.0.0.1");

    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    room.here(session);
    assertFalse(
        audience.of(session).staff().contains(cast.alex()), "a participant gets no staff push");
    assertTrue(audience.of(session).participants().contains(cast.alex()), "told as a phone");
    refused("live.notYours", () -> summaries.summary(session));
    ActingAs.person(outsider, Role.PARTICIPANT);
    refused("live.notYours", () -> summaries.summary(session));
  }

  private boolean opened(String step) throws Exception {
    tx.begin();
    try {
      return em.find(Cohort.class, cast.cohort()).isStepOpened(step);
    } finally {
      tx.commit();
    }
  }

  private long[] everyone() {
    return new long[] {cast.alex(), cast.blair(), cast.casey(), cast.drew(), cast.ellis()};
  }

  private void answerAs(long person, long activity, String answer) {
    ActingAs.person(person, Role.PARTICIPANT);
    room.here(session);
    room.answer(session, activity, answer);
  }

  private long currentActivity() {
    asFacilitator();
    return states.presenter(session).activity().id();
  }

  private void asFacilitator() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
  }

  private static void refused(String key, Executable action) {
    Refusal refusal = assertThrows(Refusal.class, action);
    assertEquals(key, refusal.messageKey());
  }
}
