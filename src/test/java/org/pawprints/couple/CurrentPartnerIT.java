package org.pawprints.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.closeness.application.CheckIns;
import org.pawprints.closeness.application.PartnerSharing;
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.couple.application.Couples;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Partners;
import org.pawprints.couple.application.Reactions;
import org.pawprints.couple.application.Reveals;
import org.pawprints.couple.domain.ReactionKind;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.gesture.application.Appreciations;
import org.pawprints.gesture.application.Bids;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro, issue 10 rule 1: every partner grant goes to the person's current couple
 * only. Alex and Blair were a couple in an earlier cohort, now archived; Alex joined a later cohort
 * and paired with Casey there. Blair, the former partner, tries every way in: Alex's answers (new
 * and old), shared bids, check-in ratings, reactions, notes, notices. Casey, the new partner, tries
 * to read what Alex gave Blair. Each fails; each would pass if {@code Partners} still accepted any
 * couple in any cohort.
 */
@ExtendWith(ArquillianExtension.class)
class CurrentPartnerIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";
  private static final String FOR_BLAIR = "Alex to Blair: the old kitchen, the long winter";
  private static final String FOR_CASEY = "Alex to Casey: a walk after dinner";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(CurrentPartnerIT.class, ActingAs.class);
  }

  @Inject Partners partners;
  @Inject AnswerVisibility visibility;
  @Inject AnswerSharing sharing;
  @Inject Reveals reveals;
  @Inject Reactions reactions;
  @Inject Answers answers;
  @Inject Appreciations appreciations;
  @Inject Bids bids;
  @Inject CheckIns checkIns;
  @Inject Couples couples;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long alex;
  private long blair;
  private long casey;
  private long earlier;
  private long later;

  /** Alex and Blair, a couple of the earlier cohort; they answer and see each other's answers. */
  @BeforeEach
  void aCoupleOfAnEarlierCohort() throws Exception {
    tx.begin();
    alex = Seed.person(em, "alex", Role.PARTICIPANT);
    blair = Seed.person(em, "blair", Role.PARTICIPANT);
    casey = Seed.person(em, "casey", Role.PARTICIPANT);
    earlier = alex + 7_000_000;
    later = earlier + 1;
    Seed.cohort(em, earlier, "Spring group", 10);
    Seed.cohort(em, later, "Autumn group", 10);
    joined(earlier, alex, 60);
    joined(earlier, blair, 60);
    Seed.couple(em, alex + 7_100_000, earlier, alex, blair);
    Seed.sql(
        em,
        "UPDATE couple SET created_at = ?1 WHERE cohort_id = ?2",
        OffsetDateTime.now().minusDays(60),
        earlier);
    tx.commit();
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text(FOR_BLAIR));
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text("Blair's answer"));
    assertEquals(Optional.of(FOR_BLAIR), partnersText(), "the two were partners");
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void anArchivedCohortsCoupleStillGrantsWhileNeitherMovesOn() throws Exception {
    archive(earlier);
    as(blair);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(Optional.of(alex), partners.partnerOf(blair));
  }

  @Test
  void joiningALaterCohortEndsEveryGrantOfTheEarlierCouple() throws Exception {
    archive(earlier);
    tx.begin();
    joined(later, alex, 0);
    tx.commit();
    as(blair);
    assertEquals(Optional.empty(), partners.partnerOf(blair));
    assertFalse(partners.arePartners(blair, alex));
    assertFalse(partners.arePartners(alex, blair));
    assertEquals(PartnerStatus.NO_PARTNER, reveals.partnerStatus(STEP, SHARED));
    assertEquals(Optional.empty(), partnersText());
    assertFalse(visibility.maySee(blair, answerOf(alex)));
    assertFalse(visibility.hasAnswered(blair, alex, STEP, SHARED));
  }

  @Test
  void theFormerPartnerReadsNothingOfTheNewCoupleAndReachesNobody() throws Exception {
    secondPairing();
    as(alex);
    sharing.choose(STEP, SHARED, Visibility.SHARED_NOW);
    answers.save(STEP, SHARED, AnswerContent.text(FOR_CASEY));
    bids.log("Alex turned toward someone", true, UUID.randomUUID().toString());
    checkIns.save("8", "Alex's own note");
    checkIns.share(true);

    as(blair);
    assertEquals(Optional.empty(), partnersText(), "Alex's new answer");
    assertFalse(visibility.maySee(blair, answerOf(alex)));
    assertEquals(PartnerStatus.NO_PARTNER, reveals.partnerStatus(STEP, SHARED));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    assertTrue(bids.sharedByMyPartner().isEmpty(), "Alex's shared bid");
    assertEquals(PartnerSharing.NO_PARTNER, checkIns.partners().getSharing());
    assertTrue(checkIns.partners().getCheckIns().isEmpty());
    assertEquals(Optional.empty(), appreciations.partnerName());
    assertEquals(
        "appreciation.solo",
        assertThrows(
                Refusal.class,
                () -> appreciations.send("Blair to Alex", UUID.randomUUID().toString()))
            .messageKey());
    assertTrue(reactions.received(STEP, SHARED).isEmpty());

    // Blair answering anew tells Alex nothing: no notice crosses the old line.
    long before = notices(alex, blair);
    sharing.choose(STEP, SHARED, Visibility.PRIVATE);
    sharing.choose(STEP, SHARED, Visibility.SHARED_NOW);
    sharing.choose(STEP, "rewrite-the-kitchen", Visibility.SHARED_NOW);
    answers.save(STEP, "rewrite-the-kitchen", AnswerContent.text("Blair, later"));
    assertEquals(before, notices(alex, blair));

    // Casey, the current partner, is the one who reads and is written to.
    as(casey);
    assertEquals(Optional.of(FOR_CASEY), partnersText());
    assertEquals(1, bids.sharedByMyPartner().size());
    assertEquals(PartnerSharing.SHARED, checkIns.partners().getSharing());
    as(alex);
    assertEquals("Casey", appreciations.partnerName().orElseThrow());
  }

  @Test
  void anAnswerGivenInTheEarlierCoupleNeverReachesTheNewPartner() throws Exception {
    secondPairing();
    as(casey);
    answers.save(STEP, SHARED, AnswerContent.text("Casey's answer"));
    // Alex's answer is complete, but it was given to Blair: Casey sees nothing, not even that it
    // exists, and nothing is revealed to either of them.
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(Optional.empty(), partnersText());
    assertFalse(visibility.maySee(casey, answerOf(alex)));
    assertFalse(visibility.isRevealed(casey, alex, STEP, SHARED));
    assertEquals(
        "reaction.notRevealed",
        assertThrows(Refusal.class, () -> reactions.react(STEP, SHARED, ReactionKind.THANK_YOU))
            .messageKey());

    // Alex saves it again in the new cohort: now it is given to Casey (and still not to Blair).
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text(FOR_CASEY));
    as(casey);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(Optional.of(FOR_CASEY), partnersText());
    as(blair);
    assertEquals(Optional.empty(), partnersText());
  }

  @Test
  void sharedPracticeCountsFromTheDayTheCurrentCoupleFormed() throws Exception {
    as(alex);
    bids.log("Shared with Blair, long ago", true, UUID.randomUUID().toString());
    secondPairing();
    as(casey);
    assertTrue(bids.sharedByMyPartner().isEmpty(), "a bid shared with the earlier partner");
    as(alex);
    bids.log("Shared with Casey", true, UUID.randomUUID().toString());
    as(casey);
    assertEquals(
        List.of("Shared with Casey"),
        bids.sharedByMyPartner().stream().map(b -> b.getNote()).toList());
  }

  @Test
  void leavingACoupleWorksInAnArchivedCohort() throws Exception {
    archive(earlier);
    as(alex);
    couples.leave(earlier, "127.0.0.1");
    assertEquals(
        0L,
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM couple WHERE cohort_id = ?1")
                    .setParameter(1, earlier)
                    .getSingleResult())
            .longValue());
    as(blair);
    assertEquals(PartnerStatus.NO_PARTNER, reveals.partnerStatus(STEP, SHARED));
    assertEquals(Optional.empty(), partnersText());
    assertEquals(
        1L,
        em.createQuery(
                "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :r AND n.kind = :k",
                Long.class)
            .setParameter("r", blair)
            .setParameter("k", NotificationKind.PARTNER_LEFT)
            .getSingleResult());
  }

  // ----- Helpers -----

  /** The earlier cohort is archived; Alex and Casey join the later one and pair there. */
  private void secondPairing() throws Exception {
    archive(earlier);
    tx.begin();
    joined(later, alex, 0);
    joined(later, casey, 0);
    Seed.couple(em, alex + 7_200_000, later, alex, casey);
    Seed.sql(em, "UPDATE person SET display_name = 'Casey' WHERE id = ?1", casey);
    tx.commit();
  }

  private void archive(long cohort) throws Exception {
    tx.begin();
    Seed.sql(em, "UPDATE cohort SET archived = TRUE WHERE id = ?1", cohort);
    tx.commit();
  }

  private void joined(long cohort, long person, int daysAgo) {
    Seed.memberSince(em, cohort, person, daysAgo);
  }

  private Optional<String> partnersText() {
    return sharing.partnersAnswer(STEP, SHARED).map(AnswerContent::text);
  }

  private Answer answerOf(long person) {
    em.clear();
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", person)
        .setParameter("step", STEP)
        .setParameter("exercise", SHARED)
        .getSingleResult();
  }

  private long notices(long recipient, long actor) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :r AND n.actorId = :a",
            Long.class)
        .setParameter("r", recipient)
        .setParameter("a", actor)
        .getSingleResult();
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }
}
