package org.pawprints.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Role;
import org.pawprints.live.application.Agendas;
import org.pawprints.live.application.CoupleCare;
import org.pawprints.live.application.CoupleConsent;
import org.pawprints.live.application.CoupleControlState;
import org.pawprints.live.application.CoupleExercises;
import org.pawprints.live.application.CoupleExercises.ExerciseCounts;
import org.pawprints.live.application.CoupleState;
import org.pawprints.live.application.CoupleStates;
import org.pawprints.live.application.LiveControl;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.LiveRoom;
import org.pawprints.live.application.LiveStates;
import org.pawprints.live.application.TheFloor;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.FloorPrompts;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: couple activities in a live session. The facilitator counts couple-exercise
 * answers and never reads them; the reveal happens inside the couple only; couple words reach the
 * room only with both partners' consent to the exact previewed text; the floor keeps turns only; a
 * pause shows on both phones and as a number to the facilitator; a helper call carries a checked
 * label only; nobody outside the couple reads any of it.
 */
@ExtendWith(ArquillianExtension.class)
class LiveCouplesIT {

  private static final String ALEX_WORDS = "Alex private words 7f3a";
  private static final String BLAIR_WORDS = "Blair private words 9c1d";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(LiveCouplesIT.class, ActingAs.class);
  }

  @Inject LivePlanning planning;
  @Inject Agendas agendas;
  @Inject LiveControl control;
  @Inject LiveRoom room;
  @Inject LiveStates states;
  @Inject CoupleStates couples;
  @Inject CoupleExercises exercises;
  @Inject CoupleConsent consent;
  @Inject TheFloor floor;
  @Inject CoupleCare care;
  @Inject MyDataExport export;
  @Inject IndividualTrack track;
  @Inject UserTransaction tx;
  @Inject AccessPolicy policy;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private long outsider;
  private long session;

  /** A couple exercise, then the floor; alex, blair, casey and ellis (solo) are here. */
  @BeforeEach
  void aRunningSessionWithACoupleExerciseAndTheFloor() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Live couples", "America/Vancouver", "EN");
    outsider = Seed.person(em, "olive", Role.PARTICIPANT);
    long other = outsider + 7_000_000;
    Seed.cohort(em, other, "Other group", 10);
    Seed.member(em, other, outsider);
    tx.commit();
    asFacilitator();
    session =
        planning.schedule(
            cast.cohort(), "Turning toward", LocalDate.of(2027, 2, 2), LocalTime.of(19, 0), null);
    agendas.add(
        session,
        new ActivityDraft(
            ActivityKind.COUPLE_EXERCISE,
            "A bid you missed",
            "Write one bid you missed this week.",
            null,
            null,
            List.of(),
            Set.of(),
            null,
            10));
    agendas.add(
        session,
        new ActivityDraft(
            ActivityKind.FLOOR,
            "Speaker and listener",
            "Talk about a small wish.",
            null,
            null,
            new FloorPrompts(List.of("Say how you feel"), List.of("Say back what you heard"))
                .toOptionLines(),
            Set.of(),
            null,
            8));
    control.openLobby(session);
    control.start(session);
    for (long person : List.of(cast.alex(), cast.blair(), cast.casey(), cast.ellis())) {
      ActingAs.person(person, Role.PARTICIPANT);
      room.here(session);
    }
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void theFacilitatorSeesCountsOfTheExerciseAndNeverItsWords() {
    long exercise = activityOnScreen();
    assertTrue(states.presenter(session).hasTimer(), "a couple exercise starts its timer");
    assertEquals(new ExerciseCounts(3, 0, 0), counts().exercise());

    as(cast.alex());
    exercises.write(session, exercise, ALEX_WORDS, false);
    assertEquals(new ExerciseCounts(2, 1, 0), counts().exercise());
    exercises.write(session, exercise, ALEX_WORDS, true);
    assertEquals(new ExerciseCounts(2, 1, 0), counts().exercise(), "one partner done is not done");
    as(cast.blair());
    exercises.write(session, exercise, BLAIR_WORDS, true);
    as(cast.ellis());
    exercises.write(session, exercise, "Ellis alone", true);
    CoupleControlState seen = counts();
    assertEquals(new ExerciseCounts(1, 0, 2), seen.exercise());

    asFacilitator();
    String everything = seen + " " + states.control(session) + " " + states.presenter(session);
    assertFalse(everything.contains(ALEX_WORDS) || everything.contains(BLAIR_WORDS));
    refused("live.answer.participantsOnly", () -> couples.participant(session));
    refused("live.answer.participantsOnly", () -> exercises.mine(session));

    as(cast.alex());
    String alexData = export.export("127.0.0.1").toString();
    assertTrue(alexData.contains(ALEX_WORDS), "my own couple-exercise text is in my data");
    assertFalse(alexData.contains(BLAIR_WORDS), "my partner's text is not in my data");
  }

  @Test
  void theRevealHappensInsideTheCoupleOnlyOnceBothAreDone() {
    long exercise = activityOnScreen();
    as(cast.alex());
    exercises.write(session, exercise, ALEX_WORDS, true);
    as(cast.blair());
    assertNull(exercises.mine(session).orElseThrow().partnerText(), "not before I am done");
    assertEquals(CoupleExercises.Progress.DONE, exercises.mine(session).orElseThrow().partner());
    exercises.write(session, exercise, BLAIR_WORDS, false);
    assertNull(exercises.mine(session).orElseThrow().partnerText(), "not while I write");
    exercises.write(session, exercise, BLAIR_WORDS, true);
    assertEquals(ALEX_WORDS, exercises.mine(session).orElseThrow().partnerText());
    as(cast.alex());
    assertEquals(BLAIR_WORDS, exercises.mine(session).orElseThrow().partnerText());

    as(cast.casey());
    CoupleState casey = couples.participant(session);
    assertNull(casey.exercise().partnerText());
    assertFalse(casey.toString().contains(ALEX_WORDS) || casey.toString().contains(BLAIR_WORDS));
    as(cast.ellis());
    assertTrue(couples.participant(session).solo());
    assertNull(couples.participant(session).exercise().partnerText());
    as(outsider);
    refused("live.notYours", () -> couples.participant(session));
    refused("live.notYours", () -> exercises.write(session, exercise, "x", true));
    as(cast.alex());
    refused("live.exercise.empty", () -> exercises.write(session, exercise, " ", true));
    refused(
        "live.exercise.tooLong", () -> exercises.write(session, exercise, "a".repeat(2001), false));
  }

  @Test
  void onTheIndividualTrackTheExerciseIsSoloAndThePartnerSeesAnOrdinaryWait() {
    long exercise = activityOnScreen();
    as(cast.alex());
    track.switchOn();
    assertTrue(couples.participant(session).solo(), "a couple exercise becomes a solo one");
    exercises.write(session, exercise, ALEX_WORDS, true);
    as(cast.blair());
    assertFalse(couples.participant(session).solo(), "to Blair it is still their couple");
    assertEquals(
        CoupleExercises.Progress.NOT_STARTED, exercises.mine(session).orElseThrow().partner());
    exercises.write(session, exercise, BLAIR_WORDS, true);
    assertNull(exercises.mine(session).orElseThrow().partnerText());
    as(cast.alex());
    assertNull(exercises.mine(session).orElseThrow().partnerText());
    assertFalse(couples.participant(session).toString().contains(BLAIR_WORDS));
  }

  @Test
  void coupleWordsReachTheRoomOnlyWithBothConsentsToTheTextAsPreviewed() {
    long exercise = activityOnScreen();
    as(cast.alex());
    consent.propose(session, exercise, "We both want more small check-ins");
    assertTrue(ready().isEmpty(), "one consent is not enough");
    as(cast.blair());
    CoupleConsent.ShareView preview = consent.mine(session).orElseThrow();
    assertEquals("We both want more small check-ins", preview.text());
    assertTrue(preview.partnerConsented());
    assertFalse(preview.iConsented());
    as(cast.casey());
    assertTrue(consent.mine(session).isEmpty(), "another couple never sees the offer");

    as(cast.alex());
    consent.propose(session, exercise, "We want more check-ins, and a walk");
    as(cast.blair());
    refused("live.share.changed", () -> consent.consent(session, exercise, preview.fingerprint()));
    assertTrue(ready().isEmpty());
    String newPrint = consent.mine(session).orElseThrow().fingerprint();
    assertNotEquals(preview.fingerprint(), newPrint);
    consent.consent(session, exercise, newPrint);
    assertEquals(1, ready().size());
    assertEquals("We want more check-ins, and a walk", ready().get(0).text());

    consent.withdraw(session, exercise);
    assertTrue(ready().isEmpty(), "either can withdraw until shown");
    long offer = rawOffer(exercise);
    asFacilitator();
    refused("live.share.notReady", () -> consent.show(session, offer));
    assertTrue(couples.shownToRoom(session).isEmpty());

    as(cast.blair());
    consent.consent(session, exercise, newPrint);
    as(cast.casey());
    refused("live.notYours", () -> consent.show(session, offer));
    asFacilitator();
    consent.show(session, ready().get(0).id());
    assertEquals(List.of("We want more check-ins, and a walk"), couples.shownToRoom(session));
    as(cast.alex());
    refused("live.share.alreadyShown", () -> consent.withdraw(session, exercise));
    refused("live.share.alreadyShown", () -> consent.propose(session, exercise, "Other"));
  }

  @Test
  void theFloorPassesOnATapAndKeepsOnlyTurns() {
    asFacilitator();
    control.next(session);
    long theFloor = activityOnScreen();
    as(cast.alex());
    TheFloor.FloorView before = floor.mine(session).orElseThrow();
    assertFalse(before.started());
    floor.speakFirst(session, theFloor);
    as(cast.blair());
    floor.speakFirst(session, theFloor);
    TheFloor.FloorView blair = floor.mine(session).orElseThrow();
    assertFalse(blair.iHold(), "the first tap holds the floor");
    assertEquals(List.of("Say back what you heard"), blair.myPrompts());
    floor.pass(session, theFloor, 1);
    as(cast.alex());
    TheFloor.FloorView alex = floor.mine(session).orElseThrow();
    assertTrue(alex.iHold(), "only the speaker passes the floor");
    assertEquals(List.of("Say how you feel"), alex.myPrompts());
    floor.pass(session, theFloor, 1);
    floor.pass(session, theFloor, 1);
    as(cast.blair());
    assertTrue(floor.mine(session).orElseThrow().iHold());
    assertEquals(2, floor.mine(session).orElseThrow().turns(), "a second tap changes nothing");
    assertEquals(new TheFloor.FloorCounts(1, 2), counts().floor());
    as(cast.ellis());
    assertTrue(floor.mine(session).orElseThrow().solo());
    refused("live.floor.needsTwo", () -> floor.speakFirst(session, theFloor));
    as(cast.casey());
    refused("live.floor.notStarted", () -> floor.pass(session, theFloor, 1));
  }

  @Test
  void aPauseShowsOnBothPhonesAndOnlyAsANumberToTheFacilitator() {
    activityOnScreen();
    as(cast.alex());
    refused("live.pause.minutes", () -> care.pause(session, 0));
    care.pause(session, CoupleCare.DEFAULT_PAUSE_MINUTES);
    as(cast.blair());
    CoupleState blair = couples.participant(session);
    assertTrue(blair.paused());
    long minutes = (blair.care().pausedUntil() - blair.serverNow()) / 60_000;
    assertTrue(minutes >= 19 && minutes <= 20, "20 minutes by default");
    as(cast.casey());
    assertFalse(couples.participant(session).paused());
    assertEquals(1, counts().paused());
    asFacilitator();
    assertFalse(counts().toString().contains("alex"), "no name with the count");
    as(cast.blair());
    care.resume(session);
    as(cast.alex());
    assertFalse(couples.participant(session).paused());
    assertEquals(0, counts().paused());
  }

  @Test
  void aHelperCallCarriesOnlyACheckedLabel() {
    as(cast.alex());
    refused("live.helper.labelRequired", () -> care.askForHelper(session, "  "));
    refused("live.helper.labelInvalid", () -> care.askForHelper(session, "<script>x</script>"));
    refused("live.helper.labelInvalid", () -> care.askForHelper(session, "T".repeat(31)));
    care.askForHelper(session, "  Table  4 ");
    as(cast.blair());
    assertEquals("Table 4", couples.participant(session).care().helperLabel());
    List<CoupleCare.HelperLine> calls = counts().helperCalls();
    assertEquals(1, calls.size());
    assertEquals("Table 4", calls.get(0).label());
    as(cast.casey());
    refused("live.notYours", () -> care.helperDone(session, calls.get(0).id()));
    assertFalse(couples.participant(session).care().helperAsked());
    asFacilitator();
    care.helperDone(session, calls.get(0).id());
    assertTrue(counts().helperCalls().isEmpty());
    as(cast.alex());
    assertFalse(couples.participant(session).care().helperAsked());
  }

  @Test
  void aFloorNeedsMarkedPrompts() {
    asFacilitator();
    ActivityDraft unmarked =
        new ActivityDraft(
            ActivityKind.FLOOR, "F", null, null, null, List.of("no mark"), Set.of(), null, 5);
    refused("live.activity.floorPrompts", () -> agendas.add(session, unmarked));
  }

  private long activityOnScreen() {
    asFacilitator();
    return states.presenter(session).activity().id();
  }

  /** What the facilitator's screen shows; the test then goes on acting as before. */
  private CoupleControlState counts() {
    Viewer before = policy.viewer();
    asFacilitator();
    try {
      return couples.control(session);
    } finally {
      ActingAs.person(before.personId(), before.roles().toArray(Role[]::new));
    }
  }

  private List<CoupleConsent.ReadyShare> ready() {
    return counts().ready();
  }

  private long rawOffer(long activity) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM live_share WHERE activity_id = ?1")
                .setParameter(1, activity)
                .getSingleResult())
        .longValue();
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
