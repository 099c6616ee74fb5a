package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.curriculum.content.application.OptionView;
import org.pawprints.curriculum.content.application.QuestionView;
import org.pawprints.curriculum.content.application.QuizView;
import org.pawprints.curriculum.content.domain.QuestionType;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.learning.domain.QuizAttempt;
import org.pawprints.learning.domain.QuizResponse;
import org.pawprints.platform.refusal.Refusal;

/**
 * Taking a module's quiz: an attempt, one final answer per question with immediate feedback, a
 * score, the pass mark. Retakes are always allowed and every attempt is kept.
 */
@ApplicationScoped
@Transactional
public class Quizzes {

  private static final SecureRandom SEEDS = new SecureRandom();

  @Inject ParticipantModules modules;
  @Inject Progress progress;

  @PersistenceContext EntityManager em;

  /** My open attempt, or a new one; a double click never opens two. */
  public QuizAttempt startOrContinue(String stepSlug) {
    long me = modules.participant();
    Optional<QuizAttempt> open =
        attempts(me, stepSlug).stream().filter(a -> !a.isFinished()).findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    return newAttempt(me, stepSlug);
  }

  /** A fresh attempt after a finished one (a retake). */
  public QuizAttempt retake(String stepSlug) {
    long me = modules.participant();
    List<QuizAttempt> mine = attempts(me, stepSlug);
    if (!mine.isEmpty() && !mine.get(0).isFinished()) {
      return mine.get(0);
    }
    return newAttempt(me, stepSlug);
  }

  private QuizAttempt newAttempt(long me, String stepSlug) {
    QuizView quiz = modules.openModule(stepSlug).getQuiz();
    QuizAttempt attempt =
        new QuizAttempt(
            me, stepSlug, SEEDS.nextLong(), quiz.getQuestions().size(), quiz.getPassPercent());
    em.persist(attempt);
    em.flush();
    return attempt;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QuizAttempt> history(String stepSlug) {
    return attempts(modules.participant(), stepSlug);
  }

  /**
   * My attempts at this quiz and the latest one's responses, in two queries: a page that reads its
   * state many times per render asks for it once.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QuizState state(String stepSlug) {
    List<QuizAttempt> mine = attempts(modules.participant(), stepSlug);
    List<QuizResponse> responses =
        mine.isEmpty()
            ? List.of()
            : em.createNamedQuery("QuizResponse.ofAttempt", QuizResponse.class)
                .setParameter("attempt", mine.get(0).getId())
                .getResultList();
    return new QuizState(mine, responses);
  }

  /** My responses so far in an attempt of mine. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QuizResponse> responses(long attemptId) {
    mine(attemptId, false);
    return em.createNamedQuery("QuizResponse.ofAttempt", QuizResponse.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** Answers one question of my open attempt, once; returns whether it was right. */
  public boolean answer(long attemptId, String questionId, List<String> picked) {
    QuizAttempt attempt = mine(attemptId, true);
    if (attempt.isFinished()) {
      throw new Refusal("quiz.finished");
    }
    QuestionView question =
        modules
            .openModule(attempt.getStepSlug())
            .question(questionId)
            .orElseThrow(() -> new Refusal("quiz.unknownQuestion"));
    Set<String> valid = new HashSet<>();
    question.getOptions().forEach(o -> valid.add(o.getId()));
    if (picked == null || picked.isEmpty()) {
      throw new Refusal("quiz.pickAnswer");
    }
    if (!valid.containsAll(picked) || (!question.isMultiple() && picked.size() != 1)) {
      throw new Refusal("quiz.unknownOption");
    }
    boolean alreadyAnswered =
        responses(attemptId).stream().anyMatch(r -> r.getQuestionId().equals(questionId));
    if (alreadyAnswered) {
      throw new Refusal("quiz.alreadyAnswered");
    }
    boolean correct = question.isAnsweredCorrectly(picked);
    em.persist(
        new QuizResponse(
            attemptId, questionId, List.copyOf(picked), correct, question.credit(picked)));
    em.flush();
    return correct;
  }

  /** Scores my attempt once every question is answered. */
  public QuizAttempt finish(long attemptId) {
    QuizAttempt attempt = mine(attemptId, true);
    if (attempt.isFinished()) {
      return attempt;
    }
    List<QuizResponse> responses = responses(attemptId);
    if (responses.size() < attempt.getQuestionCount()) {
      throw new Refusal("quiz.unanswered");
    }
    attempt.finish(
        (int) responses.stream().filter(QuizResponse::isCorrect).count(),
        responses.stream().mapToInt(QuizResponse::getCredit).sum());
    progress.refreshCompletion(attempt.getPersonId(), attempt.getStepSlug());
    return attempt;
  }

  /** The questions in this attempt's order, each with its options in this attempt's order. */
  public static List<ShuffledQuestion> order(QuizAttempt attempt, ModuleView module) {
    Random random = new Random(attempt.getShuffleSeed());
    List<QuestionView> questions = new ArrayList<>(module.getQuiz().getQuestions());
    Collections.shuffle(questions, random);
    List<ShuffledQuestion> ordered = new ArrayList<>();
    for (QuestionView question : questions) {
      List<OptionView> options = new ArrayList<>(question.getOptions());
      if (question.getType() != QuestionType.TRUE_FALSE) {
        Collections.shuffle(options, random);
      }
      ordered.add(new ShuffledQuestion(question, options));
    }
    return ordered;
  }

  private QuizAttempt mine(long attemptId, boolean lock) {
    long me = modules.participant();
    QuizAttempt attempt =
        em.find(
            QuizAttempt.class,
            attemptId,
            lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
    if (attempt == null || attempt.getPersonId() != me) {
      throw new AccessDeniedException("quiz attempt " + attemptId + " is not the caller's");
    }
    return attempt;
  }

  private List<QuizAttempt> attempts(long me, String stepSlug) {
    return em.createNamedQuery("QuizAttempt.mine", QuizAttempt.class)
        .setParameter("person", me)
        .setParameter("step", stepSlug)
        .getResultList();
  }

  /** A question with its options in the order one attempt shows them. */
  public record ShuffledQuestion(QuestionView question, List<OptionView> options) {}
}
