package org.pawprints.ritual;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.pawprints.cohort.application.WorkshopCalendar;
import org.pawprints.cohort.domain.WorkshopWeek;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.ritual.application.PartnerRituals;
import org.pawprints.ritual.application.RitualTracker;
import org.pawprints.ritual.application.Rituals;
import org.pawprints.ritual.application.TrackedDay;
import org.pawprints.ritual.application.TrackedRitual;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: the rituals each partner planned become one tracker; each ticks their own,
 * once per day however often they tap; the partner's rituals and ticks appear only after the
 * reveal, and never to anyone outside the couple.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeRitualsIT {

  private static final String KISS = "six-second-kiss";
  private static final String WALK = "evening-walk";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(PracticeRitualsIT.class, ActingAs.class);
  }

  @Inject Rituals rituals;
  @Inject Answers answers;
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
    Seed.TwoCouples cast = Seed.twoCouples(em, "Rituals test", "America/Vancouver", "EN");
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
  void theWeekIsTheCohortsWeekForBothPartners() {
    LocalDate vancouver = LocalDate.now(java.time.ZoneId.of("America/Vancouver"));
    assertEquals(vancouver, calendar.today(alex));
    assertEquals(calendar.thisWeek(alex), calendar.thisWeek(blair));
    assertEquals(WorkshopCalendar.DEFAULT_ZONE, calendar.zoneOf(fran));
  }

  @Test
  void withNothingPlannedThereIsNothingToTick() {
    as(alex);
    RitualTracker tracker = rituals.tracker(false, Language.EN);
    assertFalse(tracker.isPlanned());
    assertTrue(tracker.getRituals().isEmpty());
    assertEquals("rituals.nothingPlanned", problem(() -> rituals.tick(KISS, today())));
  }

  @Test
  void onceBothPlannedEachSeesBothPlansAndTicksTheirOwn() {
    plan(alex, List.of(KISS), "Tea on the balcony <b>at nine</b>", "DAILY");
    plan(blair, List.of(KISS, WALK), "", "WEEKLY");

    as(alex);
    rituals.tick(KISS, today());
    RitualTracker forAlex = rituals.tracker(false, Language.EN);
    assertEquals(PartnerRituals.SHOWN, forAlex.getPartner());
    assertEquals(
        List.of("both-six-second-kiss", "partner-evening-walk", "mine-custom"),
        forAlex.getRituals().stream().map(TrackedRitual::getId).toList());
    TrackedRitual kiss = ritual(forAlex, "both-six-second-kiss");
    assertEquals("A six-second kiss when one of us leaves or comes home", kiss.getLabel());
    assertEquals("DAILY", kiss.getMyFrequency());
    assertEquals("WEEKLY", kiss.getPartnerFrequency());
    assertEquals(1, kiss.getMyCount());
    assertTrue(day(kiss, today()).isMineDone());
    assertTrue(day(kiss, today()).isTickable());
    assertEquals("Tea on the balcony <b>at nine</b>", ritual(forAlex, "mine-custom").getLabel());
    TrackedRitual walk = ritual(forAlex, "partner-evening-walk");
    assertFalse(walk.isMine());
    assertTrue(walk.getDays().stream().noneMatch(TrackedDay::isTickable));

    // Blair sees Alex's tick on the ritual they share, in French labels, and ticks their own.
    as(blair);
    RitualTracker forBlair = rituals.tracker(false, Language.FR);
    TrackedRitual shared = ritual(forBlair, "both-six-second-kiss");
    assertTrue(day(shared, today()).isPartnerDone());
    assertFalse(day(shared, today()).isMineDone());
    assertEquals(1, shared.getPartnerCount());
    assertEquals(
        "Tea on the balcony <b>at nine</b>", ritual(forBlair, "partner-custom").getLabel());
    assertFalse(ritual(forBlair, "partner-custom").isMine());
    rituals.tick(WALK, today());
    assertEquals(1, ritual(rituals.tracker(false, Language.FR), "mine-evening-walk").getMyStreak());
    as(alex);
    assertTrue(
        day(ritual(rituals.tracker(false, Language.EN), "partner-evening-walk"), today())
            .isPartnerDone());
  }

  @Test
  void aDoubleTapCountsOnceAndATickCanBeTakenBack() {
    plan(alex, List.of(KISS), "", "DAILY");
    as(alex);
    rituals.tick(KISS, today());
    rituals.tick(KISS, today());
    assertEquals(1, tickRows(alex));
    rituals.untick(KISS, today());
    rituals.untick(KISS, today());
    assertEquals(0, tickRows(alex));
    assertFalse(
        day(ritual(rituals.tracker(false, Language.EN), "mine-" + KISS), today()).isMineDone());
  }

  @Test
  void twoTapsAtTheSameMomentKeepOneTick() throws Exception {
    plan(alex, List.of(KISS), "", "DAILY");
    CyclicBarrier together = new CyclicBarrier(2);
    Future<?> first = executor.submit(() -> tickTogether(together));
    Future<?> second = executor.submit(() -> tickTogether(together));
    first.get(30, TimeUnit.SECONDS);
    second.get(30, TimeUnit.SECONDS);
    assertEquals(1, tickRows(alex));
  }

  @Test
  void lastWeekCanBeCompletedAndMakesAStreak() throws Exception {
    // Paired three weeks ago: a partner's ticks count from the day the couple formed (issue 10).
    tx.begin();
    Seed.sql(
        em,
        "UPDATE couple SET created_at = ?1 WHERE person_a = ?2",
        OffsetDateTime.now().minusWeeks(3),
        alex);
    tx.commit();
    plan(alex, List.of(KISS), "", "DAILY");
    plan(blair, List.of(KISS), "", "DAILY");
    WorkshopWeek lastWeek = calendar.thisWeek(alex).previous();
    as(alex);
    for (LocalDate day : lastWeek.days()) {
      rituals.tick(KISS, day.toString());
    }
    RitualTracker last = rituals.tracker(true, Language.EN);
    assertEquals(lastWeek, last.getWeek());
    assertFalse(last.isCurrentWeek());
    assertEquals(7, ritual(last, "both-six-second-kiss").getMyCount());
    // Nothing is ticked this week yet: it is under way and does not break last week's streak.
    assertEquals(1, ritual(last, "both-six-second-kiss").getMyStreak());
    assertEquals(
        1, ritual(rituals.tracker(false, Language.EN), "both-six-second-kiss").getMyStreak());
    as(blair);
    TrackedRitual forBlair = ritual(rituals.tracker(false, Language.EN), "both-six-second-kiss");
    assertEquals(1, forBlair.getPartnerStreak());
    assertEquals(0, forBlair.getMyStreak());
  }

  @Test
  void badTicksAreRefusedWithAReasonAndNothingIsLost() {
    plan(alex, List.of(KISS), "", "WEEKDAYS");
    plan(blair, List.of(WALK), "", "DAILY");
    as(alex);
    rituals.tick(KISS, lastMonday().toString());
    LocalDate today = calendar.today(alex);
    assertEquals("rituals.notYours", problem(() -> rituals.tick(WALK, today())));
    assertEquals("rituals.notYours", problem(() -> rituals.tick("phone-free-supper", today())));
    assertEquals("rituals.notYours", problem(() -> rituals.tick("custom", today())));
    assertEquals("rituals.notYours", problem(() -> rituals.tick(null, today())));
    assertEquals("rituals.notYours", problem(() -> rituals.untick(WALK, today())));
    assertEquals("rituals.future", problem(() -> rituals.tick(KISS, today.plusDays(1).toString())));
    assertEquals(
        "rituals.tooOld", problem(() -> rituals.tick(KISS, lastMonday().minusDays(3).toString())));
    assertEquals("rituals.tooOld", problem(() -> rituals.untick(KISS, "2020-01-06")));
    assertEquals(
        "rituals.notPlannedThatDay",
        problem(() -> rituals.tick(KISS, lastMonday().plusDays(5).toString())));
    assertEquals("rituals.badDay", problem(() -> rituals.tick(KISS, "tomorrow")));
    assertEquals("rituals.badDay", problem(() -> rituals.tick(KISS, "<script>")));
    assertEquals("rituals.badDay", problem(() -> rituals.tick(KISS, null)));
    assertEquals(1, tickRows(alex));
    assertEquals(0, tickRows(blair));
  }

  @Test
  void beforeTheRevealOnlyMyOwnRitualsShow() {
    plan(alex, List.of(KISS), "", "DAILY");
    as(alex);
    rituals.tick(KISS, today());
    RitualTracker tracker = rituals.tracker(false, Language.EN);
    assertEquals(PartnerRituals.NOT_YET, tracker.getPartner());
    assertEquals(List.of("mine-six-second-kiss"), ids(tracker));

    // Blair's draft without a pick is not a plan: still nothing of Blair's for Alex.
    as(blair);
    answers.save(Rituals.STEP, Rituals.PLANNER, new AnswerContent("", List.of(), "  ", "", "", ""));
    assertFalse(rituals.tracker(false, Language.EN).isPlanned());
    as(alex);
    assertEquals(PartnerRituals.NOT_YET, rituals.tracker(false, Language.EN).getPartner());
  }

  @Test
  void nobodyOutsideTheCoupleSeesOrTicksTheirRituals() {
    plan(alex, List.of(KISS, WALK), "Our own thing", "DAILY");
    plan(blair, List.of(KISS), "", "DAILY");
    as(alex);
    rituals.tick(KISS, today());

    // Another couple: their own tracker only, and Alex's rituals are not theirs to tick.
    plan(casey, List.of("midday-text"), "", "DAILY");
    as(casey);
    RitualTracker forCasey = rituals.tracker(false, Language.EN);
    assertEquals(PartnerRituals.NOT_YET, forCasey.getPartner());
    assertEquals(List.of("mine-midday-text"), ids(forCasey));
    assertEquals("rituals.notYours", problem(() -> rituals.tick(KISS, today())));
    as(drew);
    assertFalse(rituals.tracker(false, Language.EN).isPlanned());
    assertEquals("rituals.nothingPlanned", problem(() -> rituals.tick(KISS, today())));

    // A participant without a partner.
    plan(ellis, List.of(KISS), "", "DAILY");
    as(ellis);
    RitualTracker forEllis = rituals.tracker(false, Language.EN);
    assertEquals(PartnerRituals.NO_PARTNER, forEllis.getPartner());
    assertTrue(forEllis.getRituals().stream().noneMatch(r -> r.isPartners()));
    assertFalse(day(ritual(forEllis, "mine-six-second-kiss"), today()).isPartnerDone());

    // Facilitators and administrators are refused by every method.
    ActingAs.person(fran, Role.FACILITATOR);
    refusedEverywhere();
    ActingAs.person(ada, Role.ADMIN);
    refusedEverywhere();

    assertEquals(1, tickRows(alex));
    assertEquals(0, tickRows(casey) + tickRows(drew) + tickRows(ellis));
  }

  @Test
  void myExportHoldsMyTicksOnly() {
    plan(alex, List.of(KISS), "", "DAILY");
    plan(blair, List.of(KISS), "", "DAILY");
    as(blair);
    rituals.tick(KISS, today());
    as(alex);
    rituals.tick(KISS, today());
    JsonObject mine = export.export("127.0.0.1");
    assertEquals(1, mine.getJsonArray("ritualTicks").size());
    assertEquals(KISS, mine.getJsonArray("ritualTicks").getJsonObject(0).getString("ritual"));
    assertEquals(today(), mine.getJsonArray("ritualTicks").getJsonObject(0).getString("on"));
  }

  private Void tickTogether(CyclicBarrier together) throws Exception {
    ActingAs.personOnThisThread(alex, Role.PARTICIPANT);
    try {
      together.await(10, TimeUnit.SECONDS);
      rituals.tick(KISS, calendar.today(alex).toString());
      return null;
    } finally {
      ActingAs.leaveThisThread();
    }
  }

  private void refusedEverywhere() {
    List<Executable> attempts =
        List.of(
            () -> rituals.tracker(false, Language.EN),
            () -> rituals.tick(KISS, today()),
            () -> rituals.untick(KISS, today()));
    for (Executable attempt : attempts) {
      assertThrows(AccessDeniedException.class, attempt);
    }
  }

  private void plan(long who, List<String> picked, String custom, String frequency) {
    as(who);
    answers.save(
        Rituals.STEP, Rituals.PLANNER, new AnswerContent("", picked, custom, "", "", frequency));
  }

  private String today() {
    return calendar.today(alex).toString();
  }

  private LocalDate lastMonday() {
    return calendar.thisWeek(alex).previous().monday();
  }

  private static TrackedRitual ritual(RitualTracker tracker, String id) {
    return tracker.getRituals().stream()
        .filter(r -> r.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + ids(tracker)));
  }

  private static List<String> ids(RitualTracker tracker) {
    return tracker.getRituals().stream().map(TrackedRitual::getId).toList();
  }

  private static TrackedDay day(TrackedRitual ritual, String iso) {
    return ritual.getDays().stream().filter(d -> d.getIso().equals(iso)).findFirst().orElseThrow();
  }

  private long tickRows(long person) {
    return em.createQuery("SELECT COUNT(t) FROM RitualTick t WHERE t.personId = :p", Long.class)
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
