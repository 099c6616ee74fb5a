package org.pawprints.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.curriculum.content.application.QuestionView;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.application.ModuleState;
import org.pawprints.learning.application.Progress;
import org.pawprints.learning.application.Quizzes;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.learning.domain.QuizAttempt;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/** Inside Payara Micro: answers stay their author's, quizzes score, modules complete. */
@ExtendWith(ArquillianExtension.class)
class LearningIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(LearningIT.class, ActingAs.class);
  }

  @Inject Answers answers;
  @Inject Quizzes quizzes;
  @Inject Progress progress;
  @Inject ModuleCatalog catalog;
  @Inject UserTransaction tx;

  @PersistenceContext EntityManager em;

  private long alex;
  private long blair;

  @BeforeEach
  void twoParticipantsInASelfPacedCohort() throws Exception {
    tx.begin();
    alex = person("alex");
    blair = person("blair");
    long cohort = alex + 7_000_000;
    Seed.cohort(em, cohort, "Learning test", 10);
    Seed.members(em, cohort, alex, blair);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  private long person(String who) {
    Person p =
        new Person(
            who + "-" + UUID.randomUUID() + "@pawprints.test",
            who,
            Language.EN,
            Set.of(Role.PARTICIPANT));
    em.persist(p);
    em.flush();
    return p.getId();
  }

  @Test
  void aParticipantNeverReadsAnotherParticipantsAnswer() {
    ActingAs.person(alex, Role.PARTICIPANT);
    answers.save(
        "gentle-start-up", "what-helps-me-listen", AnswerContent.text("Alex's private words"));
    long answerId =
        em.createQuery("SELECT a.id FROM Answer a WHERE a.personId = :p", Long.class)
            .setParameter("p", alex)
            .getSingleResult();
    assertEquals("Alex's private words", answers.byId(answerId).text());

    ActingAs.person(blair, Role.PARTICIPANT);
    assertTrue(answers.mine("gentle-start-up").isEmpty(), "Blair sees none of Alex's answers");
    assertThrows(AccessDeniedException.class, () -> answers.byId(answerId));

    ActingAs.anonymous();
    assertThrows(AccessDeniedException.class, () -> answers.mine("gentle-start-up"));
  }

  @Test
  void everyEditIsKeptAndTextRoundTripsExactly() {
    ActingAs.person(alex, Role.PARTICIPANT);
    String typed = "<script>alert(1)</script> café 🌷 « oui »";
    answers.save("repair", "my-early-warning-signs", AnswerContent.text("first"));
    answers.save("repair", "my-early-warning-signs", AnswerContent.text(typed));
    answers.save("repair", "my-early-warning-signs", AnswerContent.text(typed));
    assertEquals(typed, answers.mine("repair").get("my-early-warning-signs").text());
    assertEquals(1, answers.revisionCount("repair", "my-early-warning-signs"));
  }

  @Test
  void badAnswersAreRefusedAndNothingSavedIsLost() {
    ActingAs.person(alex, Role.PARTICIPANT);
    answers.save("repair", "my-early-warning-signs", AnswerContent.text("kept"));
    assertEquals(
        "answer.tooLong",
        problem(
            () ->
                answers.save(
                    "repair", "my-early-warning-signs", AnswerContent.text("x".repeat(100_000)))));
    assertEquals(
        "exercise.unknown",
        problem(() -> answers.save("repair", "no-such-exercise", AnswerContent.text("x"))));
    assertEquals(
        "module.unknown",
        problem(() -> answers.save("no-such-step", "x", AnswerContent.text("x"))));
    assertEquals(
        "answer.unknownChoice",
        problem(
            () ->
                answers.save(
                    "repair",
                    "repair-phrases-for-me",
                    new AnswerContent("", List.of("made-up"), "", "", "", ""))));
    assertEquals(
        "answer.badTime",
        problem(
            () ->
                answers.save(
                    "predictability",
                    "one-promise-this-week",
                    new AnswerContent("x", List.of(), "", "MONDAY", "25:99", ""))));
    assertEquals("kept", answers.mine("repair").get("my-early-warning-signs").text());
  }

  @Test
  void quizScoringPassMarkAndRetakes() {
    ActingAs.person(alex, Role.PARTICIPANT);
    ModuleView module = catalog.module("appreciation", Language.EN).orElseThrow();
    QuizAttempt first = quizzes.startOrContinue("appreciation");
    assertEquals(
        first.getId(),
        quizzes.startOrContinue("appreciation").getId(),
        "a double click opens one attempt");
    assertEquals("quiz.unanswered", problem(() -> quizzes.finish(first.getId())));
    for (QuestionView q : module.getQuiz().getQuestions()) {
      quizzes.answer(first.getId(), q.getId(), List.of(wrongOption(q)));
    }
    assertEquals(
        "quiz.alreadyAnswered",
        problem(
            () ->
                quizzes.answer(
                    first.getId(),
                    module.getQuiz().getQuestions().get(0).getId(),
                    List.of(wrongOption(module.getQuiz().getQuestions().get(0))))));
    QuizAttempt failed = quizzes.finish(first.getId());
    assertFalse(failed.isPassed());
    assertEquals(0, failed.getScorePercent());

    QuizAttempt second = quizzes.retake("appreciation");
    assertTrue(second.getId() > first.getId());
    for (QuestionView q : module.getQuiz().getQuestions()) {
      quizzes.answer(second.getId(), q.getId(), rightOptions(q));
    }
    QuizAttempt passed = quizzes.finish(second.getId());
    assertTrue(passed.isPassed());
    assertEquals(100, passed.getScorePercent());
    assertEquals(2, quizzes.history("appreciation").size());

    ActingAs.person(blair, Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> quizzes.responses(second.getId()));
    assertThrows(AccessDeniedException.class, () -> quizzes.finish(second.getId()));
  }

  @Test
  void aModuleIsCompleteOnlyWithEveryExerciseAndAPassedQuiz() {
    ActingAs.person(alex, Role.PARTICIPANT);
    String step = "turning-toward";
    ModuleView module = catalog.module(step, Language.EN).orElseThrow();
    QuizAttempt attempt = quizzes.startOrContinue(step);
    module
        .getQuiz()
        .getQuestions()
        .forEach(q -> quizzes.answer(attempt.getId(), q.getId(), rightOptions(q)));
    quizzes.finish(attempt.getId());
    assertEquals(ModuleState.IN_PROGRESS, state(step));

    module
        .getExercises()
        .forEach(
            e -> {
              AnswerContent content =
                  switch (e.getKind()) {
                    case SCENARIO ->
                        new AnswerContent(
                            "", List.of(e.getChoices().get(0).getId()), "", "", "", "");
                    default -> AnswerContent.text("Something heartfelt.");
                  };
              answers.save(step, e.getId(), content);
            });
    assertEquals(ModuleState.COMPLETE, state(step));
  }

  private ModuleState state(String step) {
    return progress.overview(Language.EN).modules().stream()
        .filter(m -> m.slug().equals(step))
        .findFirst()
        .orElseThrow()
        .state();
  }

  private static String wrongOption(QuestionView q) {
    return q.getOptions().stream().filter(o -> !o.isCorrect()).findFirst().orElseThrow().getId();
  }

  private static List<String> rightOptions(QuestionView q) {
    return q.getOptions().stream().filter(o -> o.isCorrect()).map(o -> o.getId()).toList();
  }

  private static String problem(Runnable action) {
    return assertThrows(Refusal.class, action::run).messageKey();
  }
}
