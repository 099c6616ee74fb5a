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
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Reactions;
import org.pawprints.couple.application.Reveals;
import org.pawprints.couple.domain.ReactionKind;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.AnswerStage;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.reporting.application.SharedWithFacilitators;
import org.pawprints.ritual.application.PartnerRituals;
import org.pawprints.ritual.application.Rituals;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro, issue 10 rule 7: a partner sees a finished answer, never a draft. Autosave
 * ({@code saveDraft}) keeps a private draft; only "Done" ({@code save}) makes the version a partner
 * or a facilitator may read, and an edit after "done" reaches them only on the next "done". Every
 * service that reads someone else's answer is tried with a complete draft in place.
 */
@ExtendWith(ArquillianExtension.class)
class DraftRevealIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";
  private static final String DRAFT_WORDS = "Alex, still typing: a walk helps me list";
  private static final String DONE_WORDS = "Alex, done: a walk after dinner helps me listen";
  private static final String EDITED_WORDS = "Alex, edited after done: a walk and no phones";
  private static final String BLAIR_WORDS = "Blair: when the screens are off";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(DraftRevealIT.class, ActingAs.class);
  }

  @Inject Answers answers;
  @Inject Reveals reveals;
  @Inject AnswerSharing sharing;
  @Inject Reactions reactions;
  @Inject AnswerVisibility visibility;
  @Inject SharedWithFacilitators shared;
  @Inject Rituals rituals;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  @Resource ManagedExecutorService executor;

  private long cohort;
  private long alex;
  private long blair;
  private long casey;
  private long fran;

  @BeforeEach
  void twoCouplesAndTheirFacilitator() throws Exception {
    tx.begin();
    Seed.TwoCouples cast = Seed.twoCouples(em, "Draft test", "America/Toronto", "EN");
    cohort = cast.cohort();
    alex = cast.alex();
    blair = cast.blair();
    casey = cast.casey();
    fran = cast.fran();
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aCompleteDraftIsReadByNobodyButItsAuthorThroughAnyServiceMethod() {
    as(alex);
    // The most open choices there are: shared right away, and with the facilitator too.
    sharing.choose(STEP, SHARED, Visibility.SHARED_NOW);
    sharing.shareWithFacilitators(STEP, SHARED, true);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(DRAFT_WORDS));
    assertEquals(DRAFT_WORDS, answers.mine(STEP).get(SHARED).text(), "the author reads it");
    assertEquals(AnswerStage.DRAFT, answers.stage(STEP, SHARED));
    assertTrue(visibility.readableBy(alex, answerOf(alex)).isPresent());

    as(blair);
    assertTrue(sharing.partnersAnswer(STEP, SHARED).isEmpty(), "not shared right away");
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    answers.save(STEP, SHARED, AnswerContent.text(BLAIR_WORDS));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty(), "no reveal with a draft");
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(
        "reaction.notRevealed",
        assertThrows(Refusal.class, () -> reactions.react(STEP, SHARED, ReactionKind.THANK_YOU))
            .messageKey());
    for (long viewer : new long[] {blair, casey, fran}) {
      assertFalse(visibility.maySee(viewer, answerOf(alex)), "person " + viewer);
      assertTrue(visibility.readableBy(viewer, answerOf(alex)).isEmpty(), "person " + viewer);
    }
    assertFalse(visibility.hasAnswered(blair, alex, STEP, SHARED));
    assertFalse(visibility.isRevealed(alex, blair, STEP, SHARED));
    ActingAs.person(fran, Role.FACILITATOR);
    assertTrue(shared.in(cohort, Language.EN).isEmpty(), "the facilitator reads no draft");
    // Not even a notice: a draft tells nobody that it exists.
    assertEquals(0, notices(blair, NotificationKind.PARTNER_ANSWERED));
    assertEquals(0, notices(blair, NotificationKind.REVEAL_READY));
  }

  @Test
  void pressingDoneRevealsTheAnswerAndTellsThePartnerOnce() {
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text(BLAIR_WORDS));
    as(alex);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(DRAFT_WORDS));
    answers.saveDraft(STEP, SHARED, AnswerContent.text(DONE_WORDS));
    assertEquals(0, notices(blair, NotificationKind.REVEAL_READY), "autosave tells nothing");

    answers.save(STEP, SHARED, AnswerContent.text(DONE_WORDS));
    assertEquals(AnswerStage.DONE, answers.stage(STEP, SHARED));
    assertEquals(1, notices(blair, NotificationKind.REVEAL_READY));
    as(blair);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(DONE_WORDS, reveals.revealed(STEP, SHARED).orElseThrow().partners().text());
  }

  @Test
  void anEditAfterDoneReachesThePartnerOnlyOnTheNextDone() {
    as(alex);
    sharing.shareWithFacilitators(STEP, SHARED, true);
    answers.save(STEP, SHARED, AnswerContent.text(DONE_WORDS));
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text(BLAIR_WORDS));
    assertEquals(DONE_WORDS, reveals.revealed(STEP, SHARED).orElseThrow().partners().text());

    as(alex);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(EDITED_WORDS));
    assertEquals(AnswerStage.CHANGED_SINCE_DONE, answers.stage(STEP, SHARED));
    assertEquals(EDITED_WORDS, answers.mine(STEP).get(SHARED).text(), "the author edits on");
    assertEquals(
        DONE_WORDS,
        reveals.revealed(STEP, SHARED).orElseThrow().mine().text(),
        "the reveal shows the author what the partner sees");
    as(blair);
    assertEquals(DONE_WORDS, reveals.revealed(STEP, SHARED).orElseThrow().partners().text());
    assertEquals(DONE_WORDS, visibility.readableBy(blair, answerOf(alex)).orElseThrow().text());
    ActingAs.person(fran, Role.FACILITATOR);
    assertEquals(DONE_WORDS, shared.in(cohort, Language.EN).get(0).getText());

    // Even a blanked draft leaves the partner with the last finished answer, still revealed.
    as(alex);
    answers.saveDraft(STEP, SHARED, AnswerContent.text("   "));
    as(blair);
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(DONE_WORDS, reveals.revealed(STEP, SHARED).orElseThrow().partners().text());

    // "Done" with a blank text is no answer: it stays a draft, and the partner keeps the last one.
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text("  "));
    assertEquals(AnswerStage.CHANGED_SINCE_DONE, answers.stage(STEP, SHARED));
    as(blair);
    assertEquals(DONE_WORDS, reveals.revealed(STEP, SHARED).orElseThrow().partners().text());

    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text(EDITED_WORDS));
    assertEquals(AnswerStage.DONE, answers.stage(STEP, SHARED));
    as(blair);
    assertEquals(EDITED_WORDS, reveals.revealed(STEP, SHARED).orElseThrow().partners().text());
    ActingAs.person(fran, Role.FACILITATOR);
    assertEquals(EDITED_WORDS, shared.in(cohort, Language.EN).get(0).getText());
  }

  @Test
  void sharingRightAwayWaitsForDoneToo() {
    as(alex);
    sharing.choose(STEP, SHARED, Visibility.SHARED_NOW);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(DRAFT_WORDS));
    as(blair);
    assertTrue(sharing.partnersAnswer(STEP, SHARED).isEmpty());
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text(DONE_WORDS));
    answers.saveDraft(STEP, SHARED, AnswerContent.text(EDITED_WORDS));
    as(blair);
    assertEquals(DONE_WORDS, sharing.partnersAnswer(STEP, SHARED).orElseThrow().text());
    assertEquals(1, notices(blair, NotificationKind.PARTNER_ANSWERED));
  }

  @Test
  void turningADraftFromPrivateToSharedTellsNobody() {
    as(alex);
    sharing.choose(STEP, SHARED, Visibility.PRIVATE);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(DRAFT_WORDS));
    sharing.choose(STEP, SHARED, Visibility.AFTER_REVEAL);
    assertEquals(0, notices(blair, NotificationKind.PARTNER_ANSWERED));
    as(blair);
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
  }

  @Test
  void aRitualPlanStillBeingWrittenIsNotThePartnersToSee() {
    as(blair);
    answers.save(
        Rituals.STEP,
        Rituals.PLANNER,
        new AnswerContent("", List.of("six-second-kiss"), "", "", "", "DAILY"));
    as(alex);
    answers.saveDraft(
        Rituals.STEP,
        Rituals.PLANNER,
        new AnswerContent("", List.of("six-second-kiss"), "Alex's own ritual", "", "", "DAILY"));
    as(blair);
    assertEquals(PartnerRituals.NOT_YET, rituals.tracker(false, Language.EN).getPartner());
    as(alex);
    answers.save(
        Rituals.STEP,
        Rituals.PLANNER,
        new AnswerContent("", List.of("six-second-kiss"), "Alex's own ritual", "", "", "DAILY"));
    as(blair);
    assertEquals(PartnerRituals.SHOWN, rituals.tracker(false, Language.EN).getPartner());
  }

  @Test
  void autosaveAndDoneAtTheSameMomentMarkExactlyTheDoneText() throws Exception {
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text(BLAIR_WORDS));
    as(alex);
    answers.saveDraft(STEP, SHARED, AnswerContent.text("a first draft"));
    for (int round = 0; round < 5; round++) {
      String typing = "round " + round + ", still typing";
      String done = "round " + round + ", done";
      CyclicBarrier together = new CyclicBarrier(2);
      Future<?> autosave = executor.submit(() -> asAlex(together, typing, false));
      Future<?> pressDone = executor.submit(() -> asAlex(together, done, true));
      autosave.get(30, TimeUnit.SECONDS);
      pressDone.get(30, TimeUnit.SECONDS);

      tx.begin();
      String draft = answerOf(alex).content().text();
      assertTrue(draft.equals(typing) || draft.equals(done), "one of the two is the draft");
      as(blair);
      assertEquals(
          done,
          reveals.revealed(STEP, SHARED).orElseThrow().partners().text(),
          "round " + round + ": the partner sees the text sent with Done, never the autosave");
      tx.commit();
    }
  }

  @Test
  void aDraftCanStillBeWithdrawnAndADoneRevealedAnswerCannot() {
    as(alex);
    sharing.choose(STEP, SHARED, Visibility.SHARED_NOW);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(DRAFT_WORDS));
    reveals.withdraw(STEP, SHARED);
    assertTrue(answers.mine(STEP).isEmpty(), "a draft the partner never saw can go");

    sharing.choose(STEP, SHARED, Visibility.AFTER_REVEAL);
    answers.save(STEP, SHARED, AnswerContent.text(DONE_WORDS));
    reveals.withdraw(STEP, SHARED);
    assertTrue(answers.mine(STEP).isEmpty(), "done, but before the reveal: it can still go");

    answers.save(STEP, SHARED, AnswerContent.text(DONE_WORDS));
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text(BLAIR_WORDS));
    as(alex);
    answers.saveDraft(STEP, SHARED, AnswerContent.text(EDITED_WORDS));
    assertEquals(
        "reveal.withdrawTooLate",
        assertThrows(Refusal.class, () -> reveals.withdraw(STEP, SHARED)).messageKey());
    assertEquals(EDITED_WORDS, answers.mine(STEP).get(SHARED).text());
  }

  private Void asAlex(CyclicBarrier together, String text, boolean done) throws Exception {
    ActingAs.personOnThisThread(alex, Role.PARTICIPANT);
    try {
      together.await(10, TimeUnit.SECONDS);
      if (done) {
        answers.save(STEP, SHARED, AnswerContent.text(text));
      } else {
        answers.saveDraft(STEP, SHARED, AnswerContent.text(text));
      }
      return null;
    } finally {
      ActingAs.leaveThisThread();
    }
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private Answer answerOf(long person) {
    em.clear();
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", person)
        .setParameter("step", STEP)
        .setParameter("exercise", SHARED)
        .getSingleResult();
  }

  private long notices(long recipient, NotificationKind kind) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :r AND n.kind = :k",
            Long.class)
        .setParameter("r", recipient)
        .setParameter("k", kind)
        .getSingleResult();
  }
}
