package org.pawprints.gesture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.pawprints.gesture.application.Appreciations;
import org.pawprints.gesture.application.Bids;
import org.pawprints.gesture.application.NoteView;
import org.pawprints.gesture.application.Repairs;
import org.pawprints.gesture.domain.Bid;
import org.pawprints.gesture.domain.RepairKind;
import org.pawprints.gesture.domain.RepairOutcome;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Role;
import org.pawprints.notification.domain.Notification;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: bids, repairs and appreciation notes belong to their authors (and a note to
 * its recipient); nobody across the lines reads them, a note is acknowledged once, and a double
 * submit keeps one row.
 */
@ExtendWith(ArquillianExtension.class)
class GesturesIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(GesturesIT.class, ActingAs.class);
  }

  @Inject Bids bids;
  @Inject Repairs repairs;
  @Inject Appreciations appreciations;
  @Inject MyDataExport export;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  @Resource ManagedExecutorService executor;

  private long alex;
  private long blair;
  private long casey;
  private long drew;
  private long ellis;
  private long fran;
  private long ada;
  private long cohort;

  @BeforeEach
  void twoCouplesASoloParticipantAFacilitatorAndAnAdmin() throws Exception {
    tx.begin();
    alex = person("alex", Role.PARTICIPANT);
    blair = person("blair", Role.PARTICIPANT);
    casey = person("casey", Role.PARTICIPANT);
    drew = person("drew", Role.PARTICIPANT);
    ellis = person("ellis", Role.PARTICIPANT);
    fran = person("fran", Role.FACILITATOR);
    ada = person("ada", Role.ADMIN);
    cohort = alex + 9_000_000;
    Seed.cohort(em, cohort, "Gestures test", 10, "America/Vancouver");
    Seed.members(em, cohort, alex, blair, casey, drew, ellis);
    Seed.facilitator(em, cohort, fran);
    couple(alex + 9_100_000, alex, blair);
    couple(alex + 9_200_000, casey, drew);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aBidIsPrivateUnlessItsAuthorLetsThePartnerSeeItAndOnlyWhilePartners() throws Exception {
    as(alex);
    String markup = "<script>alert('x')</script> paused my show 🌿";
    bids.log(markup, false, key());
    bids.log("Listened to the story about the bus", true, key());
    bids.log("   ", false, key());
    List<Bid> mine = bids.mine();
    assertEquals(3, mine.size());
    assertNull(mine.get(0).getNote(), "a blank note is no note");
    assertEquals(markup, mine.get(2).getNote(), "kept exactly as written, escaped on pages");
    assertEquals(3, bids.countThisWeek());

    as(blair);
    assertTrue(bids.mine().isEmpty());
    List<Bid> shared = bids.sharedByMyPartner();
    assertEquals(1, shared.size());
    assertEquals("Listened to the story about the bus", shared.get(0).getNote());

    for (long outsider : new long[] {casey, drew, ellis}) {
      as(outsider);
      assertTrue(bids.mine().isEmpty(), "person " + outsider);
      assertTrue(bids.sharedByMyPartner().isEmpty(), "person " + outsider);
      assertEquals(0, bids.countThisWeek());
    }
    for (Role role : new Role[] {Role.FACILITATOR, Role.ADMIN}) {
      ActingAs.person(role == Role.ADMIN ? ada : fran, role);
      refusedEverywhere(-1L);
    }

    // Once Blair leaves the cohort they are no longer partners: the shared bid is Alex's again.
    leaveCohort(blair);
    as(blair);
    assertTrue(bids.sharedByMyPartner().isEmpty());
    as(alex);
    assertEquals(3, bids.mine().size());
  }

  @Test
  void aRepairIsReadOnlyByItsAuthor() {
    as(alex);
    repairs.log(RepairKind.SAID_SORRY, null, RepairOutcome.HELPED, key());
    repairs.log(RepairKind.OWN_WORDS, "I said: can we start over? 🙏", RepairOutcome.A_BIT, key());
    assertEquals(2, repairs.mine().size());
    assertEquals(RepairKind.OWN_WORDS, repairs.mine().get(0).getKind());
    assertEquals("I said: can we start over? 🙏", repairs.mine().get(0).getOwnWords());
    assertEquals(2, repairs.countThisWeek());
    for (long other : new long[] {blair, casey, ellis}) {
      as(other);
      assertTrue(repairs.mine().isEmpty(), "person " + other);
      assertEquals(0, repairs.countThisWeek());
    }
  }

  @Test
  void badInputGetsAMessageKeyAndNothingSavedIsLost() {
    as(alex);
    bids.log("kept", false, key());
    assertEquals("bid.noteTooLong", problem(() -> bids.log("x".repeat(281), false, key())));
    assertEquals("gesture.tryAgain", problem(() -> bids.log("no key", false, null)));
    assertEquals("gesture.tryAgain", problem(() -> bids.log("bad key", false, "<script>")));
    bids.log("x".repeat(280), false, key());

    assertEquals(
        "repair.kindMissing",
        problem(() -> repairs.log(null, "words", RepairOutcome.HELPED, key())));
    assertEquals(
        "repair.outcomeMissing",
        problem(() -> repairs.log(RepairKind.USED_HUMOUR, null, null, key())));
    assertEquals(
        "repair.wordsMissing",
        problem(() -> repairs.log(RepairKind.OWN_WORDS, "  ", RepairOutcome.HELPED, key())));
    assertEquals(
        "repair.wordsTooLong",
        problem(
            () -> repairs.log(RepairKind.OWN_WORDS, "y".repeat(281), RepairOutcome.HELPED, key())));

    assertEquals("appreciation.empty", problem(() -> appreciations.send(" \n ", key())));
    assertEquals("appreciation.empty", problem(() -> appreciations.send(null, key())));
    assertEquals("appreciation.tooLong", problem(() -> appreciations.send("z".repeat(501), key())));
    appreciations.send("🌿".repeat(250), key());
    as(ellis);
    assertEquals("appreciation.solo", problem(() -> appreciations.send("Hello?", key())));
    assertTrue(appreciations.partnerName().isEmpty());

    as(alex);
    assertEquals(2, bids.mine().size());
    assertEquals("kept", bids.mine().get(1).getNote());
    assertTrue(repairs.mine().isEmpty());
    assertEquals(1, appreciations.sent().size());
    as(ellis);
    assertTrue(appreciations.sent().isEmpty());
  }

  @Test
  void aDoubleSubmitKeepsOneRowAndTellsThePartnerOnce() {
    as(alex);
    String bidKey = key();
    bids.log("once", false, bidKey);
    bids.log("once", false, bidKey);
    assertEquals(1, bids.mine().size());
    String repairKey = key();
    repairs.log(RepairKind.TOOK_A_BREAK, null, RepairOutcome.NOT_THIS_TIME, repairKey);
    repairs.log(RepairKind.TOOK_A_BREAK, null, RepairOutcome.NOT_THIS_TIME, repairKey);
    assertEquals(1, repairs.mine().size());
    String noteKey = key();
    appreciations.send("Thanks for taking the dog out", noteKey);
    appreciations.send("Thanks for taking the dog out", noteKey);
    assertEquals(1, appreciations.sent().size());
    as(blair);
    assertEquals(1, appreciations.received().size());
    assertEquals(1, notificationsOf(blair, NotificationKind.APPRECIATED).size());
  }

  @Test
  void twoRequestsWithTheSameKeyAtOnceKeepOneRowAndNeitherSeesAnError() throws Exception {
    String shared = key();
    CyclicBarrier together = new CyclicBarrier(2);
    List<Future<Boolean>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(executor.submit(() -> logTogether(together, shared)));
    }
    int saved = 0;
    for (Future<Boolean> one : both) {
      saved += one.get(30, TimeUnit.SECONDS) ? 1 : 0;
    }
    // The loser of the race on the unique key tries once more (UniqueKeyRace, as the page does),
    // which finds the winner's row: both people see "saved".
    assertEquals(2, saved, "both requests saved");
    assertEquals(
        1L,
        em.createQuery("SELECT COUNT(b) FROM Bid b WHERE b.personId = :p", Long.class)
            .setParameter("p", alex)
            .getSingleResult());
  }

  private boolean logTogether(CyclicBarrier together, String submission) throws Exception {
    ActingAs.personOnThisThread(alex, Role.PARTICIPANT);
    try {
      together.await(10, TimeUnit.SECONDS);
      UniqueKeyRace.retryOnce(() -> bids.log("at once", false, submission));
      return true;
    } catch (RuntimeException lostTheRace) {
      return false;
    } finally {
      ActingAs.leaveThisThread();
    }
  }

  @Test
  void aNoteReachesThePartnerWhoAcknowledgesItOnce() {
    as(alex);
    assertEquals("Blair", appreciations.partnerName().orElseThrow());
    String words = "I loved that you saved the last piece for me <b>❤️</b>";
    appreciations.send(words, key());
    NoteView sent = appreciations.sent().get(0);
    assertFalse(sent.isAcknowledged());
    assertEquals("Blair", sent.getOtherName());
    assertEquals(1, appreciations.sentThisWeek());

    as(blair);
    List<NoteView> received = appreciations.received();
    assertEquals(1, received.size());
    assertEquals(words, received.get(0).getBody());
    assertEquals("Alex", received.get(0).getOtherName());
    assertEquals(1, appreciations.receivedThisWeek());
    List<Notification> told = notificationsOf(blair, NotificationKind.APPRECIATED);
    assertEquals(1, told.size());
    assertNull(told.get(0).getDetail(), "a notification never carries the words");
    assertEquals(alex, told.get(0).getActorId());
    assertEquals("/my/appreciations.xhtml", told.get(0).getLink());

    appreciations.acknowledge(sent.getId());
    appreciations.acknowledge(sent.getId());
    assertTrue(appreciations.received().get(0).isAcknowledged());
    List<Notification> thanked = notificationsOf(alex, NotificationKind.APPRECIATION_ACKNOWLEDGED);
    assertEquals(1, thanked.size(), "acknowledging twice tells once");
    assertEquals(blair, thanked.get(0).getActorId());
    assertNull(thanked.get(0).getDetail());

    as(alex);
    assertTrue(appreciations.sent().get(0).isAcknowledged());
    assertTrue(appreciations.received().isEmpty());
  }

  @Test
  void nobodyButTheRecipientAcknowledgesAndNobodyElseReadsANote() {
    as(alex);
    appreciations.send("Thanks for the coffee", key());
    long note = appreciations.sent().get(0).getId();

    // The sender, another couple, a solo participant, an unknown id: all refused.
    assertThrows(AccessDeniedException.class, () -> appreciations.acknowledge(note));
    for (long outsider : new long[] {casey, drew, ellis}) {
      as(outsider);
      assertThrows(AccessDeniedException.class, () -> appreciations.acknowledge(note));
      assertTrue(appreciations.received().isEmpty(), "person " + outsider);
      assertTrue(appreciations.sent().isEmpty(), "person " + outsider);
    }
    as(blair);
    assertThrows(AccessDeniedException.class, () -> appreciations.acknowledge(note + 999_999));
    ActingAs.person(fran, Role.FACILITATOR);
    refusedEverywhere(note);
    ActingAs.person(ada, Role.ADMIN);
    refusedEverywhere(note);

    as(blair);
    assertFalse(appreciations.received().get(0).isAcknowledged(), "no attempt changed it");
    assertTrue(notificationsOf(alex, NotificationKind.APPRECIATION_ACKNOWLEDGED).isEmpty());
  }

  @Test
  void receivedNotesStayWithTheRecipientAfterTheCoupleSplits() throws Exception {
    as(alex);
    appreciations.send("For the road trip playlist", key());
    long note = appreciations.sent().get(0).getId();
    leaveCohort(alex);

    assertEquals("appreciation.solo", problem(() -> appreciations.send("Still there?", key())));
    assertEquals(1, appreciations.sent().size(), "the sender keeps what they sent");
    as(blair);
    assertTrue(appreciations.partnerName().isEmpty());
    assertEquals("For the road trip playlist", appreciations.received().get(0).getBody());
    appreciations.acknowledge(note);
    assertTrue(appreciations.received().get(0).isAcknowledged());
    assertTrue(
        notificationsOf(alex, NotificationKind.APPRECIATION_ACKNOWLEDGED).isEmpty(),
        "a former partner is not told");
  }

  @Test
  void myDataHoldsMyGesturesAndTheNotesIReceivedButNobodyElses() {
    as(alex);
    bids.log("bid for the export", true, key());
    repairs.log(
        RepairKind.ASKED_FOR_DO_OVER, "Can we try that again?", RepairOutcome.HELPED, key());
    appreciations.send("note for the export", key());
    as(casey);
    bids.log("casey's own", false, key());

    as(alex);
    JsonObject alexs = export.export("127.0.0.1").getJsonObject("gestures");
    assertEquals(1, alexs.getJsonArray("bids").size());
    assertEquals(
        "bid for the export", alexs.getJsonArray("bids").getJsonObject(0).getString("note"));
    assertEquals(
        "ASKED_FOR_DO_OVER", alexs.getJsonArray("repairs").getJsonObject(0).getString("tried"));
    assertEquals(
        "Can we try that again?",
        alexs.getJsonArray("repairs").getJsonObject(0).getString("ownWords"));
    assertEquals(
        "note for the export",
        alexs.getJsonArray("appreciationNotesSent").getJsonObject(0).getString("text"));
    assertTrue(alexs.getJsonArray("appreciationNotesReceived").isEmpty());
    assertFalse(alexs.toString().contains("casey's own"));

    as(blair);
    JsonObject blairs = export.export("127.0.0.1").getJsonObject("gestures");
    assertEquals(
        "note for the export",
        blairs.getJsonArray("appreciationNotesReceived").getJsonObject(0).getString("text"));
    assertTrue(blairs.getJsonArray("bids").isEmpty(), "a shared bid is still Alex's own data");
    assertTrue(blairs.getJsonArray("appreciationNotesSent").isEmpty());
  }

  @Test
  void thisWeekCountsOnlyThisWeek() throws Exception {
    as(alex);
    bids.log("last month", false, key());
    bids.log("today", false, key());
    tx.begin();
    Seed.sql(
        em,
        "UPDATE bid SET logged_at = ?1 WHERE person_id = ?2 AND note = 'last month'",
        Instant.now().minus(Duration.ofDays(30)),
        alex);
    tx.commit();
    assertEquals(1, bids.countThisWeek());
    assertEquals(2, bids.mine().size());
  }

  private void refusedEverywhere(long noteId) {
    List<Executable> attempts =
        List.of(
            () -> bids.log("x", false, key()),
            () -> bids.mine(),
            () -> bids.sharedByMyPartner(),
            () -> bids.countThisWeek(),
            () -> repairs.log(RepairKind.SAID_SORRY, null, RepairOutcome.HELPED, key()),
            () -> repairs.mine(),
            () -> appreciations.send("x", key()),
            () -> appreciations.sent(),
            () -> appreciations.received(),
            () -> appreciations.partnerName(),
            () -> appreciations.acknowledge(noteId));
    for (Executable attempt : attempts) {
      assertThrows(AccessDeniedException.class, attempt);
    }
  }

  private List<Notification> notificationsOf(long person, NotificationKind kind) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipientId = :p AND n.kind = :k",
            Notification.class)
        .setParameter("p", person)
        .setParameter("k", kind)
        .getResultList();
  }

  private void leaveCohort(long person) throws Exception {
    tx.begin();
    sql("DELETE FROM cohort_member WHERE cohort_id = ?1 AND person_id = ?2", cohort, person);
    tx.commit();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private static String problem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }

  private long person(String who, Role role) {
    return Seed.person(
        em, who, who.substring(0, 1).toUpperCase() + who.substring(1), Language.EN, role);
  }

  private void couple(long id, long a, long b) {
    Seed.couple(em, id, cohort, a, b);
  }

  private void sql(String statement, Object... values) {
    Seed.sql(em, statement, values);
  }
}
