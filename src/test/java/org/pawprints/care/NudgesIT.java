package org.pawprints.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.care.application.FollowUpLine;
import org.pawprints.care.application.FollowUps;
import org.pawprints.care.domain.FollowUpReason;
import org.pawprints.care.nudge.application.CohortSweep;
import org.pawprints.care.nudge.application.MyNudgeData;
import org.pawprints.care.nudge.application.NudgeEmail;
import org.pawprints.care.nudge.application.NudgeEraser;
import org.pawprints.care.nudge.application.NudgeSettings;
import org.pawprints.care.nudge.application.NudgeSweep;
import org.pawprints.care.nudge.domain.Nudge;
import org.pawprints.care.nudge.domain.NudgeReason;
import org.pawprints.care.nudge.domain.NudgeRules;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.notification.application.NotificationSentences;
import org.pawprints.notification.domain.Notification;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.mail.MailMessage;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.MovableClock;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro, with a clock the test moves forward: N quiet days bring a warm nudge in the
 * bell (and by email only for those who chose it, in their language), M more days without change a
 * follow-up, and activity closes the nudge. The other reasons (missed live session, behind the
 * facilitator's pace, a check-in drop), the one-note-a-day rule, and the settings' checks.
 */
@ExtendWith(ArquillianExtension.class)
class NudgesIT {

  /** Ids for seeded check-ins, far above what the sequences hand out. */
  private static final AtomicLong NEXT_ID =
      new AtomicLong(8_000_000_000L + System.currentTimeMillis() % 1_000_000 * 1_000);

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(NudgesIT.class, ActingAs.class, MovableClock.class);
  }

  @Inject CohortSweep sweep;
  @Inject NudgeSweep sweeps;
  @Inject NudgeSettings settings;
  @Inject NudgeEmail email;
  @Inject NotificationSentences sentences;
  @Inject FollowUps followUps;
  @Inject MyNudgeData myData;
  @Inject NudgeEraser eraser;
  @Inject IndividualTrack track;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long alex;
  private long blair;
  private long camille;
  private long fran;
  private long otherFacilitator;
  private long cohort;

  /** Alex and Blair (a couple), Camille (French, solo), their facilitator Fran, all joined now. */
  @BeforeEach
  void aCohortJustStarted() throws Exception {
    tx.begin();
    alex = Seed.person(em, "alex", "Alex", Language.EN, Role.PARTICIPANT);
    blair = Seed.person(em, "blair", "Blair Partner", Language.EN, Role.PARTICIPANT);
    camille = Seed.person(em, "camille", "Camille", Language.FR, Role.PARTICIPANT);
    fran = Seed.person(em, "fran", Role.FACILITATOR);
    otherFacilitator = Seed.person(em, "gale", Role.FACILITATOR);
    cohort = alex + 9_000_000;
    Seed.cohort(em, cohort, "Nudges", 10);
    Seed.members(em, cohort, alex, blair, camille);
    Seed.facilitator(em, cohort, fran);
    Seed.couple(em, alex + 9_100_000, cohort, alex, blair);
    tx.commit();
  }

  @AfterEach
  void backToNow() {
    MovableClock.reset();
    ActingAs.anonymous();
  }

  @Test
  void sevenQuietDaysBringANudgeInTheBellAndFiveMoreTheFollowUp() throws Exception {
    MovableClock.moveForwardDays(6);
    assertEquals(0, sweep.run(cohort, now()).nudged(), "six days are not seven");

    MovableClock.moveForwardDays(1);
    CohortSweep.Outcome first = sweep.run(cohort, now());
    assertEquals(3, first.nudged());
    Notification note = only(alex);
    assertEquals(NotificationKind.NUDGE_INACTIVE, note.getKind());
    assertNull(note.getActorId(), "a nudge names nobody");
    assertEquals("/my/index.xhtml", note.getLink());
    String sentence = sentences.lines(List.of(note), Language.EN).get(0).getSentence();
    assertTrue(sentence.startsWith("Thinking of you."), sentence);
    assertFalse(sentence.contains("Blair"), "never the partner");
    assertEquals(List.of(), mailTo(alex), "email is off until the person chooses it");

    MovableClock.moveForwardDays(1);
    assertEquals(0, sweep.run(cohort, now()).nudged(), "one nudge per reason per period");
    assertEquals(1, notes(alex).size());

    MovableClock.moveForwardDays(4);
    CohortSweep.Outcome followUp = sweep.run(cohort, now());
    assertEquals(2, followUp.followedUp(), "one item for the couple, one for Camille");
    assertNotNull(open(alex, NudgeReason.INACTIVE).getFollowedUpAt());
    assertNotNull(open(blair, NudgeReason.INACTIVE).getFollowedUpAt());
    assertEquals(0, sweep.run(cohort, now()).followedUp(), "followed up once");

    ActingAs.person(fran, Role.FACILITATOR);
    List<FollowUpLine> list = followUps.open(cohort);
    assertEquals(2, list.size());
    FollowUpLine couple = list.stream().filter(FollowUpLine::isCouple).findFirst().orElseThrow();
    assertEquals(FollowUpReason.INACTIVE, couple.getReason());
    FollowUpLine solo = list.stream().filter(l -> !l.isCouple()).findFirst().orElseThrow();
    assertEquals("Camille", solo.getWho());
    assertEquals(FollowUpReason.INACTIVE, solo.getReason());
  }

  @Test
  void nudgesStopForAPersonOnTheIndividualTrackAndTheirPartnerIsNudgedAlone() throws Exception {
    ActingAs.person(alex, Role.PARTICIPANT);
    track.switchOn();
    ActingAs.anonymous();

    MovableClock.moveForwardDays(7);
    assertEquals(2, sweep.run(cohort, now()).nudged());
    assertEquals(List.of(), notes(alex), "no nudge on the individual track");
    assertNull(open(alex, NudgeReason.INACTIVE));
    assertEquals(NotificationKind.NUDGE_INACTIVE, only(blair).getKind());

    MovableClock.moveForwardDays(5);
    sweep.run(cohort, now());
    ActingAs.person(fran, Role.FACILITATOR);
    assertTrue(
        followUps.open(cohort).stream().noneMatch(FollowUpLine::isCouple),
        "Blair alone, never the couple: nothing hints at Alex's track");
    assertEquals(
        List.of("Blair Partner", "Camille"),
        followUps.open(cohort).stream().map(FollowUpLine::getWho).sorted().toList());
  }

  @Test
  void switchingToTheIndividualTrackClosesAnOpenNudge() throws Exception {
    MovableClock.moveForwardDays(7);
    sweep.run(cohort, now());
    assertNotNull(open(alex, NudgeReason.INACTIVE));
    ActingAs.person(alex, Role.PARTICIPANT);
    track.switchOn();
    ActingAs.anonymous();
    MovableClock.moveForwardDays(5);
    CohortSweep.Outcome later = sweep.run(cohort, now());
    assertNull(open(alex, NudgeReason.INACTIVE));
    assertEquals(2, later.followedUp(), "Blair and Camille, each alone");
  }

  @Test
  void activityClosesTheNudgeAndNoSecondNudgeComesWithinThePeriod() throws Exception {
    MovableClock.moveForwardDays(7);
    sweep.run(cohort, now());
    assertNotNull(open(alex, NudgeReason.INACTIVE));

    checkIn(alex, LocalDate.now(), 7, 0);
    CohortSweep.Outcome after = sweep.run(cohort, now());
    assertEquals(1, after.closed());
    assertNull(open(alex, NudgeReason.INACTIVE), "activity closed it");
    assertNotNull(open(blair, NudgeReason.INACTIVE), "Blair's stays: nothing changed for Blair");

    MovableClock.moveForwardDays(5);
    CohortSweep.Outcome later = sweep.run(cohort, now());
    assertEquals(2, later.followedUp(), "Blair alone now (Alex came back), and Camille");
    assertEquals(1, notes(alex).size(), "Alex was not nudged again");
    ActingAs.person(fran, Role.FACILITATOR);
    assertTrue(followUps.open(cohort).stream().noneMatch(l -> l.getWho().startsWith("Alex")));
  }

  @Test
  void byEmailOnlyForThoseWhoChoseItAndInTheirLanguage() throws Exception {
    ActingAs.person(camille, Role.PARTICIPANT);
    assertFalse(email.mineOn());
    email.chooseMine(true);
    assertTrue(email.mineOn());
    ActingAs.anonymous();

    MovableClock.moveForwardDays(7);
    sweep.run(cohort, now());
    List<MailMessage> mail = mailTo(camille);
    assertEquals(1, mail.size());
    assertEquals("On pense à vous", mail.get(0).getSubject());
    assertTrue(mail.get(0).getBody().startsWith("Bonjour Camille,"), mail.get(0).getBody());
    assertTrue(mail.get(0).getBody().contains("/account/profile.xhtml"), "how to stop them");
    assertEquals(List.of(), mailTo(alex));
    assertEquals(List.of(), mailTo(blair));
  }

  @Test
  void aMissedLiveSessionNudgesThoseWhoWereNotInTheRoom() throws Exception {
    tx.begin();
    Seed.sql(
        em, "UPDATE cohort_member SET joined_at = ?1 WHERE cohort_id = ?2", daysAgo(20), cohort);
    long session = alex + 7_800_000;
    Seed.sql(
        em,
        "INSERT INTO live_session (id, cohort_id, title, starts_at, join_code, state, version,"
            + " current_position, answers_open, results_revealed, created_at)"
            + " VALUES (?1, ?2, 'Week 2', ?3, ?4, 'ENDED', 1, -1, FALSE, FALSE, ?3)",
        session,
        cohort,
        daysAgo(2),
        "N" + session);
    Seed.sql(
        em,
        "INSERT INTO live_presence (id, session_id, person_id, joined_at, last_seen)"
            + " VALUES (?1, ?2, ?3, ?4, ?4)",
        alex + 7_900_000,
        session,
        alex,
        daysAgo(2));
    tx.commit();
    checkIn(blair, LocalDate.now(), 6, 1);
    checkIn(camille, LocalDate.now(), 6, 2);

    sweep.run(cohort, now());
    assertEquals(List.of(), notes(alex), "Alex was there (and active two days ago)");
    assertEquals(NotificationKind.NUDGE_MISSED_LIVE, only(blair).getKind());
    assertEquals(NotificationKind.NUDGE_MISSED_LIVE, only(camille).getKind());
  }

  @Test
  void aModuleTheFacilitatorOpenedLongAgoAndNotFinishedIsBehindThePace() throws Exception {
    tx.begin();
    Seed.sql(em, "UPDATE cohort SET pacing = 'FACILITATOR_PACED' WHERE id = ?1", cohort);
    Seed.sql(
        em,
        "INSERT INTO cohort_opened_step (cohort_id, step_slug, opened_at) VALUES (?1, ?2, ?3)",
        cohort,
        "gentle-start-up",
        daysAgo(10));
    Seed.sql(
        em,
        "INSERT INTO module_progress (person_id, step_slug, last_location, started_at,"
            + " visited_at, completed_at) VALUES (?1, 'gentle-start-up', 'end', ?2, ?2, ?2)",
        alex,
        daysAgo(1));
    Seed.sql(
        em,
        "INSERT INTO module_progress (person_id, step_slug, last_location, started_at,"
            + " visited_at) VALUES (?1, 'gentle-start-up', 'start', ?2, ?2)",
        blair,
        daysAgo(1));
    tx.commit();

    sweep.run(cohort, now());
    assertEquals(List.of(), notes(alex), "finished");
    Notification behind = only(blair);
    assertEquals(NotificationKind.NUDGE_BEHIND_PACE, behind.getKind());
    assertEquals("gentle-start-up", behind.getDetail());
    String sentence = sentences.lines(List.of(behind), Language.EN).get(0).getSentence();
    assertTrue(sentence.startsWith("“Gentle start-ups” is open for you."), sentence);
    // Camille joined today: the module has been open 10 days for the group, so she is behind too,
    // but she gets one note only (inactivity is not yet due).
    assertEquals(NotificationKind.NUDGE_BEHIND_PACE, only(camille).getKind());
  }

  @Test
  void inASelfPacedCohortWithDatesTheModulesAreSpreadOverThemAndLateOnesAreBehindThePace()
      throws Exception {
    // Seven modules over 49 days: the first is due on day 7, expected finished (N = 7) by day 14.
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
    tx.begin();
    Seed.sql(
        em,
        "UPDATE cohort SET starts_on = ?1, ends_on = ?2 WHERE id = ?3",
        today.minusDays(13),
        today.minusDays(13).plusDays(49),
        cohort);
    tx.commit();
    sweep.run(cohort, now());
    assertTrue(
        notes(blair).stream().noneMatch(n -> n.getKind() == NotificationKind.NUDGE_BEHIND_PACE),
        "day 13: nobody is behind yet");

    tx.begin();
    Seed.sql(
        em,
        "UPDATE cohort SET starts_on = ?1, ends_on = ?2 WHERE id = ?3",
        today.minusDays(14),
        today.minusDays(14).plusDays(49),
        cohort);
    Seed.sql(
        em,
        "INSERT INTO module_progress (person_id, step_slug, last_location, started_at,"
            + " visited_at, completed_at) VALUES (?1, 'gentle-start-up', 'end', ?2, ?2, ?2)",
        alex,
        daysAgo(1));
    tx.commit();
    sweep.run(cohort, now());
    assertTrue(
        notes(alex).stream().noneMatch(n -> n.getKind() == NotificationKind.NUDGE_BEHIND_PACE),
        "Alex finished the first module");
    Notification behind = only(blair);
    assertEquals(NotificationKind.NUDGE_BEHIND_PACE, behind.getKind());
    assertEquals("gentle-start-up", behind.getDetail());
  }

  @Test
  void aSharpCheckInDropNudgesThePersonAloneAndANewCheckInClosesIt() throws Exception {
    LocalDate thisWeek = LocalDate.now();
    checkIn(alex, thisWeek.minusWeeks(1), 8, 7);
    checkIn(alex, thisWeek, 5, 0);
    checkIn(blair, thisWeek.minusWeeks(1), 8, 7);
    checkIn(blair, thisWeek, 6, 0);

    sweep.run(cohort, now());
    assertEquals(NotificationKind.NUDGE_CHECK_IN_DROP, only(alex).getKind());
    assertEquals("/help.xhtml", only(alex).getLink(), "a hard week's note leads to help");
    assertEquals(List.of(), notes(blair), "two points is not sharp with the default of three");

    checkIn(alex, thisWeek.plusWeeks(1), 5, -1);
    sweep.run(cohort, now());
    assertNull(open(alex, NudgeReason.CHECK_IN_DROP), "a newer check-in is a change");
  }

  @Test
  void theRulesAreTheCohortStaffsAndOutOfRangeValuesAreRefused() {
    ActingAs.person(fran, Role.FACILITATOR);
    assertEquals(NudgeRules.DEFAULTS, settings.rulesOf(cohort));
    NudgeRules mine = new NudgeRules(3, 2, true, false, true, false, 4);
    settings.change(cohort, mine, "127.0.0.1");
    assertEquals(mine, settings.rulesOf(cohort));

    Refusal tooMany =
        assertThrows(
            Refusal.class,
            () ->
                settings.change(
                    cohort, new NudgeRules(61, 2, true, true, true, true, 3), "127.0.0.1"));
    assertEquals("nudge.rules.inactiveDaysRange", tooMany.messageKey());
    assertEquals(
        "nudge.rules.checkInDropRange",
        assertThrows(
                Refusal.class,
                () ->
                    settings.change(
                        cohort, new NudgeRules(3, 2, true, true, true, true, 0), "127.0.0.1"))
            .messageKey());
    assertEquals(mine, settings.rulesOf(cohort), "nothing saved from a refused change");

    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    assertThrows(AccessDeniedException.class, () -> settings.rulesOf(cohort));
    assertThrows(
        AccessDeniedException.class,
        () -> settings.change(cohort, NudgeRules.DEFAULTS, "127.0.0.1"));
    assertThrows(AccessDeniedException.class, () -> sweeps.sweepNow(cohort));
    ActingAs.person(alex, Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> settings.rulesOf(cohort));
  }

  @Test
  void theCohortsOwnNAndMApplyAndATurnedOffReasonClosesItsNudges() throws Exception {
    ActingAs.person(fran, Role.FACILITATOR);
    settings.change(cohort, new NudgeRules(3, 2, true, true, true, true, 3), "127.0.0.1");
    MovableClock.moveForwardDays(3);
    assertEquals(3, sweeps.sweepNow(cohort).nudged());
    MovableClock.moveForwardDays(2);
    assertEquals(2, sweeps.sweepNow(cohort).followedUp());

    settings.change(cohort, new NudgeRules(3, 2, false, true, true, true, 3), "127.0.0.1");
    assertEquals(3, sweeps.sweepNow(cohort).closed());
    assertNull(open(alex, NudgeReason.INACTIVE));
  }

  @Test
  void myDataHoldsMyNudgesAndErasingMeForgetsThem() throws Exception {
    MovableClock.moveForwardDays(7);
    sweep.run(cohort, now());
    JsonObjectBuilder export = Json.createObjectBuilder();
    myData.addTo(export, em.find(Person.class, alex));
    JsonObject mine = export.build();
    assertEquals(1, mine.getJsonArray("nudges").size());
    assertEquals("INACTIVE", mine.getJsonArray("nudges").getJsonObject(0).getString("reason"));
    assertFalse(mine.getBoolean("nudgesByEmail"));

    tx.begin();
    eraser.erase(alex);
    tx.commit();
    assertNull(open(alex, NudgeReason.INACTIVE));
    assertNotNull(open(blair, NudgeReason.INACTIVE), "only Alex's");
  }

  // --- helpers

  private java.time.Instant now() {
    return new MovableClock().now();
  }

  private static OffsetDateTime daysAgo(int days) {
    return OffsetDateTime.now().minusDays(days);
  }

  /** A check-in for the week holding {@code day}, saved {@code daysAgo} days ago (or ahead). */
  private void checkIn(long person, LocalDate day, int rating, int daysAgo) throws Exception {
    LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
    tx.begin();
    Seed.sql(
        em,
        "INSERT INTO closeness_check_in (id, person_id, week_start, rating, created_at,"
            + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        NEXT_ID.incrementAndGet(),
        person,
        monday,
        rating,
        daysAgo(daysAgo));
    tx.commit();
  }

  private List<Notification> notes(long person) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipientId = :p ORDER BY n.id",
            Notification.class)
        .setParameter("p", person)
        .getResultList();
  }

  private Notification only(long person) {
    List<Notification> mine = notes(person);
    assertEquals(1, mine.size(), "one note: " + mine.stream().map(Notification::getKind).toList());
    return mine.get(0);
  }

  private Nudge open(long person, NudgeReason reason) {
    return em.createQuery(
            "SELECT n FROM Nudge n WHERE n.personId = :p AND n.reason = :r AND n.closedAt IS NULL",
            Nudge.class)
        .setParameter("p", person)
        .setParameter("r", reason)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private List<MailMessage> mailTo(long person) {
    return em.createQuery(
            "SELECT m FROM MailMessage m WHERE m.recipient = :r ORDER BY m.id", MailMessage.class)
        .setParameter("r", em.find(Person.class, person).getEmail())
        .getResultList();
  }
}
