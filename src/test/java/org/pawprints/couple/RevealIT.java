package org.pawprints.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
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
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Reveal;
import org.pawprints.couple.application.Reveals;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: a shared exercise stays private until both partners have answered, then each
 * sees both; nobody outside the couple ever reads it, through any method.
 */
@ExtendWith(ArquillianExtension.class)
class RevealIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";
  private static final String NOT_SHARED_STEP = "appreciation";
  private static final String NOT_SHARED = "three-things-this-week";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(RevealIT.class, ActingAs.class);
  }

  @Inject Reveals reveals;
  @Inject Answers answers;
  @Inject AnswerVisibility visibility;
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
    Seed.TwoCouples cast = Seed.twoCouples(em, "Reveal test", "America/Toronto", "EN");
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
  void beforeBothHaveAnsweredThePartnerKnowsOnlyAnsweredOrNotYet() {
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text("Alex: a quiet room helps me listen"));
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());

    as(blair);
    assertEquals(
        PartnerStatus.PARTNER_ANSWERED_WAITING_FOR_YOU, reveals.partnerStatus(STEP, SHARED));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty(), "nothing before Blair answers");
    // A draft is not an answer: Alex is not told Blair started typing.
    answers.save(STEP, SHARED, AnswerContent.text("   "));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    as(alex);
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertFalse(visibility.maySee(blair, answerOf(alex, STEP, SHARED)));
  }

  @Test
  void onceBothHaveAnsweredEachSeesBoth() {
    bothAnswer();
    as(alex);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    Reveal forAlex = reveals.revealed(STEP, SHARED).orElseThrow();
    assertEquals("Alex's words", forAlex.mine().text());
    assertEquals("Blair's <b>words</b>", forAlex.partners().text());
    as(blair);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    Reveal forBlair = reveals.revealed(STEP, SHARED).orElseThrow();
    assertEquals("Blair's <b>words</b>", forBlair.mine().text());
    assertEquals("Alex's words", forBlair.partners().text());
  }

  @Test
  void nobodyOutsideTheCoupleEverReadsTheAnswer() {
    bothAnswer();
    Answer alexs = answerOf(alex, STEP, SHARED);
    Answer blairs = answerOf(blair, STEP, SHARED);
    assertTrue(visibility.maySee(blair, alexs));
    assertTrue(visibility.maySee(alex, blairs));
    for (long outsider : new long[] {casey, drew, ellis, fran, ada}) {
      assertFalse(visibility.maySee(outsider, alexs), "person " + outsider);
      assertFalse(visibility.maySee(outsider, blairs), "person " + outsider);
      assertFalse(visibility.mayKnowWhetherAnswered(outsider, alex));
      assertFalse(visibility.hasAnswered(outsider, alex, STEP, SHARED));
      assertFalse(visibility.isRevealed(outsider, alex, STEP, SHARED));
    }

    // Another couple and a participant without a partner see only their own (empty) side.
    as(casey);
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    reveals.withdraw(STEP, SHARED);
    assertThrows(AccessDeniedException.class, () -> answers.byId(alexs.getId()));
    assertTrue(answers.mine(STEP).isEmpty());
    as(ellis);
    assertEquals(PartnerStatus.NO_PARTNER, reveals.partnerStatus(STEP, SHARED));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    assertThrows(AccessDeniedException.class, () -> answers.byId(blairs.getId()));

    // Facilitators and administrators are refused by every method.
    ActingAs.person(fran, Role.FACILITATOR);
    refusedEverywhere(alexs.getId());
    ActingAs.person(ada, Role.ADMIN);
    refusedEverywhere(alexs.getId());

    // Alex's answer is untouched by all of it.
    as(alex);
    assertEquals("Alex's words", reveals.revealed(STEP, SHARED).orElseThrow().mine().text());
  }

  @Test
  void aNonSharedExerciseIsNeverRevealed() {
    as(alex);
    answers.save(NOT_SHARED_STEP, NOT_SHARED, AnswerContent.text("Alex, private"));
    as(blair);
    answers.save(NOT_SHARED_STEP, NOT_SHARED, AnswerContent.text("Blair, private"));
    assertTrue(reveals.revealed(NOT_SHARED_STEP, NOT_SHARED).isEmpty());
    assertEquals(
        "reveal.notShared", problem(() -> reveals.partnerStatus(NOT_SHARED_STEP, NOT_SHARED)));
    assertEquals("reveal.notShared", problem(() -> reveals.withdraw(NOT_SHARED_STEP, NOT_SHARED)));
    assertFalse(visibility.maySee(blair, answerOf(alex, NOT_SHARED_STEP, NOT_SHARED)));
    assertFalse(visibility.maySee(alex, answerOf(blair, NOT_SHARED_STEP, NOT_SHARED)));
    assertFalse(visibility.isRevealed(alex, blair, NOT_SHARED_STEP, NOT_SHARED));
  }

  @Test
  void anAnswerCanBeWithdrawnBeforeTheRevealButNotAfter() {
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text("Said too soon"));
    reveals.withdraw(STEP, SHARED);
    assertTrue(answers.mine(STEP).isEmpty());
    as(blair);
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));

    bothAnswer();
    as(alex);
    assertEquals("reveal.withdrawTooLate", problem(() -> reveals.withdraw(STEP, SHARED)));
    assertEquals("Alex's words", answers.mine(STEP).get(SHARED).text());
    as(blair);
    assertEquals("Alex's words", reveals.revealed(STEP, SHARED).orElseThrow().partners().text());
  }

  @Test
  void bothSubmittingAtOnceRevealOnceWithNothingLost() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    Future<?> fromAlex = executor.submit(() -> answerTogether(together, alex, "Alex at once"));
    Future<?> fromBlair = executor.submit(() -> answerTogether(together, blair, "Blair at once"));
    fromAlex.get(30, TimeUnit.SECONDS);
    fromBlair.get(30, TimeUnit.SECONDS);

    assertEquals(
        2L,
        em.createQuery(
                "SELECT COUNT(a) FROM Answer a WHERE a.stepSlug = :s AND a.exerciseId = :e"
                    + " AND a.personId IN :people",
                Long.class)
            .setParameter("s", STEP)
            .setParameter("e", SHARED)
            .setParameter("people", List.of(alex, blair))
            .getSingleResult());
    as(alex);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    Reveal forAlex = reveals.revealed(STEP, SHARED).orElseThrow();
    assertEquals("Alex at once", forAlex.mine().text());
    assertEquals("Blair at once", forAlex.partners().text());
    as(blair);
    assertEquals("Alex at once", reveals.revealed(STEP, SHARED).orElseThrow().partners().text());
  }

  private Void answerTogether(CyclicBarrier together, long who, String text) throws Exception {
    ActingAs.personOnThisThread(who, Role.PARTICIPANT);
    try {
      together.await(10, TimeUnit.SECONDS);
      answers.save(STEP, SHARED, AnswerContent.text(text));
      return null;
    } finally {
      ActingAs.leaveThisThread();
    }
  }

  private void refusedEverywhere(long answerId) {
    List<Executable> attempts =
        List.of(
            () -> reveals.partnerStatus(STEP, SHARED),
            () -> reveals.revealed(STEP, SHARED),
            () -> reveals.withdraw(STEP, SHARED),
            () -> answers.mine(STEP),
            () -> answers.byId(answerId));
    for (Executable attempt : attempts) {
      assertThrows(AccessDeniedException.class, attempt);
    }
  }

  private void bothAnswer() {
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text("Alex's words"));
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text("Blair's <b>words</b>"));
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private Answer answerOf(long person, String step, String exercise) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", person)
        .setParameter("step", step)
        .setParameter("exercise", exercise)
        .getSingleResult();
  }

  private static String problem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }

  private long person(String who, Role role) {
    return Seed.person(em, who, role);
  }
}
