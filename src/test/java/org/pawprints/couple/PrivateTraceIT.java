package org.pawprints.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Reveals;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.application.Quizzes;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.learning.domain.QuizAttempt;
import org.pawprints.notification.domain.Notification;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.i18n.Language;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro, issue 10 rule 6: a private answer leaves no trace. Alex finishes a module
 * with an "only me" answer in it; Blair, the partner, must learn nothing from it: no "finished the
 * module" notice that would contradict the "hasn't answered yet" Blair sees for that exercise.
 */
@ExtendWith(ArquillianExtension.class)
class PrivateTraceIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(PrivateTraceIT.class, ActingAs.class);
  }

  @Inject Answers answers;
  @Inject AnswerSharing sharing;
  @Inject Reveals reveals;
  @Inject Quizzes quizzes;
  @Inject ModuleCatalog catalog;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;

  @BeforeEach
  void twoCouples() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Private trace", "America/Toronto", "EN");
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void finishingAModuleWithAPrivateSharedAnswerTellsThePartnerNothing() {
    as(cast.alex());
    showAllBut(SHARED);
    sharing.choose(STEP, SHARED, Visibility.PRIVATE);
    completeModule();

    as(cast.blair());
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(0, notices(cast.blair(), NotificationKind.PARTNER_FINISHED_MODULE));
    assertEquals(0, answeredNotices(cast.blair(), SHARED), "nothing about the private one");
  }

  @Test
  void aPrivateAnswerToAnExerciseOfOnesOwnAlsoKeepsTheModuleQuiet() {
    as(cast.alex());
    // The shared exercise is shown after the reveal, but one exercise of Alex's own stays "only
    // me" (the default): "finished" would tell Blair that it was answered.
    ModuleView module = catalog.module(STEP, Language.EN).orElseThrow();
    String ownPrivate =
        module.getExercises().stream()
            .filter(e -> !e.isShared())
            .map(ExerciseView::getId)
            .findFirst()
            .orElseThrow();
    showAllBut(ownPrivate);
    completeModule();

    assertEquals(1, answeredNotices(cast.blair(), SHARED), "the shared one is told");
    assertEquals(0, answeredNotices(cast.blair(), ownPrivate), "the private one is not");
    assertEquals(0, notices(cast.blair(), NotificationKind.PARTNER_FINISHED_MODULE));
  }

  @Test
  void finishingAModuleWhoseAnswersThePartnerMayKnowOfIsToldOnce() {
    as(cast.alex());
    showAllBut("");
    completeModule();
    assertEquals(1, notices(cast.blair(), NotificationKind.PARTNER_FINISHED_MODULE));
    assertEquals(0, notices(cast.casey(), NotificationKind.PARTNER_FINISHED_MODULE));
    assertEquals(0, notices(cast.drew(), null), "another couple hears nothing");
  }

  // ----- Helpers -----

  /** Every exercise of the module shown to the partner, except the one named. */
  private void showAllBut(String kept) {
    catalog.module(STEP, Language.EN).orElseThrow().getExercises().stream()
        .filter(e -> !e.getId().equals(kept) && !e.isShared())
        .forEach(e -> sharing.choose(STEP, e.getId(), Visibility.SHARED_NOW));
  }

  private void completeModule() {
    ModuleView module = catalog.module(STEP, Language.EN).orElseThrow();
    module
        .getExercises()
        .forEach(
            e ->
                answers.save(
                    STEP,
                    e.getId(),
                    switch (e.getKind()) {
                      case SCENARIO ->
                          new AnswerContent(
                              "", List.of(e.getChoices().get(0).getId()), "", "", "", "");
                      default -> AnswerContent.text("Something heartfelt.");
                    }));
    QuizAttempt attempt = quizzes.startOrContinue(STEP);
    module
        .getQuiz()
        .getQuestions()
        .forEach(
            q ->
                quizzes.answer(
                    attempt.getId(),
                    q.getId(),
                    q.getOptions().stream()
                        .filter(o -> o.isCorrect())
                        .map(o -> o.getId())
                        .toList()));
    quizzes.finish(attempt.getId());
    assertEquals(
        1L,
        em.createQuery(
                "SELECT COUNT(p) FROM ModuleProgress p WHERE p.personId = :me"
                    + " AND p.stepSlug = :step AND p.completedAt IS NOT NULL",
                Long.class)
            .setParameter("me", cast.alex())
            .setParameter("step", STEP)
            .getSingleResult(),
        "the module is complete");
  }

  private long notices(long recipient, NotificationKind kind) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipientId = :r", Notification.class)
        .setParameter("r", recipient)
        .getResultStream()
        .filter(n -> kind == null || n.getKind() == kind)
        .count();
  }

  /** "Your partner answered" notices about one exercise (its link names the exercise). */
  private long answeredNotices(long recipient, String exercise) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.recipientId = :r", Notification.class)
        .setParameter("r", recipient)
        .getResultStream()
        .filter(n -> n.getKind() == NotificationKind.PARTNER_ANSWERED)
        .filter(n -> n.getLink().endsWith("e-" + exercise))
        .count();
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }
}
