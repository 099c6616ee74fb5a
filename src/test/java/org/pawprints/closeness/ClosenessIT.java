package org.pawprints.closeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
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
import org.pawprints.closeness.application.CheckInView;
import org.pawprints.closeness.application.CheckIns;
import org.pawprints.closeness.application.PartnerCheckIns;
import org.pawprints.closeness.application.PartnerSharing;
import org.pawprints.cohort.application.WorkshopCalendar;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: one check-in per person and week, private unless its author shares it with
 * their partner, and then only the rating; nobody else ever reads it, whatever their role.
 */
@ExtendWith(ArquillianExtension.class)
class ClosenessIT {

  private static final String NOTE = "<script>alert('hi')</script> Felt close after our walk 🐾";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(ClosenessIT.class, ActingAs.class);
  }

  @Inject CheckIns checkIns;
  @Inject WorkshopCalendar calendar;
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

  @BeforeEach
  void twoCouplesASoloParticipantAFacilitatorAndAnAdmin() throws Exception {
    tx.begin();
    Seed.TwoCouples cast = Seed.twoCouples(em, "Closeness test", "America/Halifax", "FR");
    alex = cast.alex();
    blair = cast.blair();
    casey = cast.casey();
    drew = cast.drew();
    ellis = cast.ellis();
    fran = cast.fran();
    ada = cast.ada();
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void oneCheckInAWeekThatSavingAgainReplaces() {
    as(alex);
    assertTrue(checkIns.mineThisWeek().isEmpty());
    assertEquals(calendar.thisWeek(alex).monday(), checkIns.thisWeek());
    checkIns.save("6", NOTE);
    CheckInView saved = checkIns.mineThisWeek().orElseThrow();
    assertEquals(6, saved.getRating());
    assertEquals(NOTE, saved.getNote());
    checkIns.save(" 8 ", "  ");
    List<CheckInView> mine = checkIns.mine();
    assertEquals(1, mine.size());
    assertEquals(8, mine.get(0).getRating());
    assertEquals("", mine.get(0).getNote());
    assertEquals(checkIns.thisWeek(), mine.get(0).getWeekStart());
    assertEquals(1, rows(alex));
  }

  @Test
  void badInputIsRefusedWithAReasonAndTheSavedCheckInStays() {
    as(alex);
    checkIns.save("5", "kept");
    assertEquals("closeness.ratingRequired", problem(() -> checkIns.save(null, "x")));
    assertEquals("closeness.ratingRequired", problem(() -> checkIns.save("", "x")));
    assertEquals("closeness.ratingNotANumber", problem(() -> checkIns.save("close", "x")));
    assertEquals("closeness.ratingNotANumber", problem(() -> checkIns.save("7.5", "x")));
    assertEquals("closeness.ratingOutOfRange", problem(() -> checkIns.save("0", "x")));
    assertEquals("closeness.ratingOutOfRange", problem(() -> checkIns.save("11", "x")));
    assertEquals("closeness.noteTooLong", problem(() -> checkIns.save("9", "a".repeat(501))));
    checkIns.save("9", "é".repeat(500));
    assertEquals(500, checkIns.mineThisWeek().orElseThrow().getNote().length());
    checkIns.save("5", "kept");
    assertEquals(5, checkIns.mineThisWeek().orElseThrow().getRating());
    assertEquals("kept", checkIns.mineThisWeek().orElseThrow().getNote());
  }

  @Test
  void thePartnerSeesNothingUntilSharedThenRatingsButNeverNotes() {
    as(alex);
    checkIns.save("7", NOTE);
    assertFalse(checkIns.isSharing());

    as(blair);
    PartnerCheckIns before = checkIns.partners();
    assertEquals(PartnerSharing.NOT_SHARED, before.getSharing());
    assertTrue(before.getCheckIns().isEmpty());

    as(alex);
    checkIns.share(true);
    assertTrue(checkIns.isSharing());
    as(blair);
    PartnerCheckIns shared = checkIns.partners();
    assertEquals(PartnerSharing.SHARED, shared.getSharing());
    assertEquals(1, shared.getCheckIns().size());
    assertEquals(7, shared.getCheckIns().get(0).getRating());
    assertEquals("", shared.getCheckIns().get(0).getNote());
    // Sharing is one way: Blair's own check-ins stay Blair's.
    checkIns.save("3", "Blair's private words");
    as(alex);
    assertEquals(PartnerSharing.NOT_SHARED, checkIns.partners().getSharing());

    as(alex);
    checkIns.share(false);
    as(blair);
    assertEquals(PartnerSharing.NOT_SHARED, checkIns.partners().getSharing());
    assertTrue(checkIns.partners().getCheckIns().isEmpty());
  }

  @Test
  void nobodyOutsideTheCoupleEverReadsACheckIn() {
    as(alex);
    checkIns.save("7", NOTE);
    checkIns.share(true);

    as(casey);
    assertEquals(PartnerSharing.NOT_SHARED, checkIns.partners().getSharing());
    assertTrue(checkIns.partners().getCheckIns().isEmpty());
    assertTrue(checkIns.mine().isEmpty());
    as(drew);
    assertTrue(checkIns.partners().getCheckIns().isEmpty());
    as(ellis);
    assertEquals(PartnerSharing.NO_PARTNER, checkIns.partners().getSharing());
    assertTrue(checkIns.mine().isEmpty());

    ActingAs.person(fran, Role.FACILITATOR);
    refusedEverywhere();
    ActingAs.person(ada, Role.ADMIN);
    refusedEverywhere();

    as(alex);
    assertEquals(NOTE, checkIns.mineThisWeek().orElseThrow().getNote());
    assertEquals(1, rows(alex));
    assertEquals(0, rows(casey) + rows(drew) + rows(ellis) + rows(fran) + rows(ada));
  }

  @Test
  void twoFirstCheckInsAtOnceKeepOneRow() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    Future<?> first = executor.submit(() -> checkInTogether(together, "4"));
    Future<?> second = executor.submit(() -> checkInTogether(together, "9"));
    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);
    assertEquals(1, rows(alex));
    as(alex);
    int kept = checkIns.mineThisWeek().orElseThrow().getRating();
    assertTrue(kept == 4 || kept == 9, "kept " + kept);
  }

  @Test
  void myExportHoldsMyCheckInsWithMyNotesAndMySharingChoice() {
    as(blair);
    checkIns.save("2", "not Alex's");
    checkIns.share(true);
    as(alex);
    checkIns.save("8", NOTE);
    JsonObject mine = export.export("127.0.0.1");
    assertEquals(1, mine.getJsonArray("closenessCheckIns").size());
    JsonObject checkIn = mine.getJsonArray("closenessCheckIns").getJsonObject(0);
    assertEquals(8, checkIn.getInt("rating"));
    assertEquals(NOTE, checkIn.getString("note"));
    assertEquals(checkIns.thisWeek().toString(), checkIn.getString("weekOf"));
    assertFalse(mine.getBoolean("closenessSharedWithPartner"));
  }

  private Void checkInTogether(CyclicBarrier together, String rating) throws Exception {
    ActingAs.personOnThisThread(alex, Role.PARTICIPANT);
    try {
      together.await(10, TimeUnit.SECONDS);
      checkIns.save(rating, "at once");
      return null;
    } finally {
      ActingAs.leaveThisThread();
    }
  }

  private void refusedEverywhere() {
    List<Executable> attempts =
        List.of(
            () -> checkIns.thisWeek(),
            () -> checkIns.mine(),
            () -> checkIns.mineThisWeek(),
            () -> checkIns.save("5", "x"),
            () -> checkIns.isSharing(),
            () -> checkIns.share(true),
            () -> checkIns.partners());
    for (Executable attempt : attempts) {
      assertThrows(AccessDeniedException.class, attempt);
    }
  }

  private long rows(long person) {
    return em.createQuery("SELECT COUNT(c) FROM CheckIn c WHERE c.personId = :p", Long.class)
        .setParameter("p", person)
        .getSingleResult();
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private static String problem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }

  private long person(String who, Role role) {
    return Seed.person(em, who, role);
  }
}
