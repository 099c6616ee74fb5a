package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.couple.domain.VisibilityChoice;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.learning.application.AnswerRules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;

/**
 * The one rule for who may see an answer. The author always may. Nobody else ever may, whatever
 * their role (not another couple, not a facilitator, not an administrator), except, and only for a
 * <em>complete</em> answer and only within the cohort the answer was given in ({@link
 * Answer#getCohortId}): a facilitator of that cohort when the author explicitly shared that answer
 * with their facilitators, and the author's current partner in that cohort ({@link
 * Partners#arePartnersIn}), by the author's {@link Visibility}:
 *
 * <ul>
 *   <li>{@code PRIVATE}: never; the partner is not even told that it exists.
 *   <li>{@code SHARED_NOW}: as soon as it is complete.
 *   <li>{@code AFTER_REVEAL}: once the partner has a complete answer too that is not {@code
 *       PRIVATE} (reciprocity: a reveal needs both answers released).
 * </ul>
 *
 * Without a choice, shared exercises are {@code AFTER_REVEAL} and all others {@code PRIVATE}.
 * "Complete" means the version its author marked done ({@link Answer#done()}): a draft (autosaved,
 * or edited since "done") counts as "not answered", so not even its existence is told, and nobody
 * but the author ever reads it ({@link #readableBy}). An answer marked done while its author was on
 * the {@link IndividualTrack} is not released to the partner until its author, back off the track,
 * chooses to share it: until then the partner keeps reading the version released before the switch,
 * if there was one, else "not answered".
 */
@ApplicationScoped
public class AnswerVisibility {

  @Inject Partners partners;
  @Inject ModuleCatalog catalog;
  @Inject IndividualTrack track;
  @Inject ReleasedBeforeTrack releasedBeforeTrack;

  @Inject CohortRepository cohorts;
  @PersistenceContext EntityManager em;

  /** Whether the viewer may read this answer's content. */
  public boolean maySee(long viewerId, Answer answer) {
    return answer.getPersonId() == viewerId || shownTo(viewerId, answer).isPresent();
  }

  /**
   * The version of someone else's answer the viewer may read: a facilitator, the version marked
   * done; the partner, the newest version released to them ({@link #releasedVersion}).
   */
  private Optional<AnswerContent> shownTo(long viewerId, Answer answer) {
    long author = answer.getPersonId();
    // An answer is given in one cohort: only that cohort's current couple and its facilitators.
    Long cohort = answer.getCohortId();
    boolean partner = partners.arePartnersIn(viewerId, author, cohort);
    if (!partner && !facilitatesCohortOf(viewerId, author, cohort)) {
      return Optional.empty();
    }
    Optional<ExerciseView> exercise = exercise(answer.getStepSlug(), answer.getExerciseId());
    if (exercise.isEmpty()) {
      return Optional.empty();
    }
    if (!partner) {
      // A facilitator of the answer's cohort: only what the author explicitly shared with them.
      return isDone(exercise.get(), answer)
              && isSharedWithFacilitators(
                  author, answer.getStepSlug(), answer.getExerciseId(), cohort)
          ? answer.done()
          : Optional.empty();
    }
    Optional<AnswerContent> released = releasedVersion(exercise.get(), answer);
    boolean allowed =
        released.isPresent()
            && switch (levelOf(author, exercise.get(), answer.getStepSlug())) {
              case PRIVATE -> false;
              case SHARED_NOW -> true;
              case AFTER_REVEAL -> released(exercise.get(), viewerId, answer.getStepSlug(), cohort);
            };
    return allowed ? released : Optional.empty();
  }

  /**
   * The newest complete version its author released to their partner: the one last marked done,
   * unless that was on the individual track and is {@link #isHeldFromTrack held} (it stays the
   * author's, after they switch back too, until they share it); then the one released before the
   * switch, if any ({@link ReleasedBeforeTrack}), so that the partner goes on reading what they
   * read: a quiet week, not a disappearance.
   */
  private Optional<AnswerContent> releasedVersion(ExerciseView exercise, Answer answer) {
    Optional<AnswerContent> version =
        heldFromTrack(answer) ? releasedBeforeTrack.of(answer) : answer.done();
    return version.filter(c -> AnswerRules.missing(exercise, c).isEmpty());
  }

  /**
   * Whether the version of this answer its author marked done was marked on the individual track
   * and not shared since: it stays theirs, whatever their sharing choice says, until they choose to
   * share it. Only ever asked about one's own answer by a page ({@link AnswerSharing}).
   */
  public boolean isHeldFromTrack(long authorId, String step, String exerciseId) {
    if (!track.everOn(authorId)) {
      return false;
    }
    return answerOf(authorId, step, exerciseId)
        .filter(a -> a.done().isPresent())
        .map(this::heldFromTrack)
        .orElse(false);
  }

  private boolean heldFromTrack(Answer answer) {
    return track.wasOnAt(answer.getPersonId(), answer.getDoneAt())
        && !releasedBeforeTrack.sharedAfterTrack(answer.getId());
  }

  /**
   * What the viewer may read of this answer: the author, their working draft; anyone {@link
   * #maySee} allows, the version last marked done (never a later draft); anyone else, nothing.
   */
  public Optional<AnswerContent> readableBy(long viewerId, Answer answer) {
    if (answer.getPersonId() == viewerId) {
      return Optional.of(answer.content());
    }
    return shownTo(viewerId, answer);
  }

  /** Whether the viewer may know if the author has answered at all (author or current partner). */
  public boolean mayKnowWhetherAnswered(long viewerId, long authorId) {
    return viewerId == authorId || partners.arePartners(viewerId, authorId);
  }

  /**
   * Whether this person's answer is complete, as far as the viewer may know: the author knows; the
   * current partner learns it only of an answer that is not private and was given in their couple's
   * cohort; anyone else learns nothing.
   */
  public boolean hasAnswered(long viewerId, long authorId, String step, String exerciseId) {
    Optional<ExerciseView> exercise = exercise(step, exerciseId);
    if (exercise.isEmpty()) {
      return false;
    }
    if (viewerId == authorId) {
      return complete(exercise.get(), authorId, step);
    }
    return coupleCohort(viewerId, authorId)
        .map(cohort -> released(exercise.get(), authorId, step, cohort))
        .orElse(false);
  }

  /**
   * Whether the viewer may know of a complete answer to every exercise of the module: what "my
   * partner finished this module" would tell them. One private answer (or one given in another
   * cohort) and the partner may not know the module was finished, or "finished" would contradict
   * the "hasn't answered yet" they see for that exercise.
   */
  public boolean hasAnsweredAll(long viewerId, long authorId, String step) {
    return catalog
        .module(step, Language.EN)
        .map(
            module ->
                module.getExercises().stream()
                    .allMatch(e -> hasAnswered(viewerId, authorId, step, e.getId())))
        .orElse(false);
  }

  /**
   * Whether the two partners' answers to this exercise are revealed to each other: current
   * partners, both answers complete, given in their couple's cohort, neither private.
   */
  public boolean isRevealed(long one, long other, String step, String exerciseId) {
    Optional<Long> cohort = coupleCohort(one, other);
    Optional<ExerciseView> exercise = exercise(step, exerciseId);
    return cohort.isPresent()
        && exercise.isPresent()
        && released(exercise.get(), one, step, cohort.get())
        && released(exercise.get(), other, step, cohort.get());
  }

  /** Whether the exercise exists and is one that partners answer, then reveal. */
  public boolean isShared(String step, String exerciseId) {
    return exercise(step, exerciseId).map(ExerciseView::isShared).orElse(false);
  }

  /**
   * Whether the author chose to show this answer to the facilitators of this cohort (a choice made
   * in another cohort of theirs shows nothing here).
   */
  public boolean isSharedWithFacilitators(
      long authorId, String step, String exerciseId, Long cohortId) {
    if (cohortId == null) {
      return false;
    }
    return !em.createNativeQuery(
            "SELECT 1 FROM answer_facilitator_share WHERE person_id = ?1 AND step_slug = ?2"
                + " AND exercise_id = ?3 AND cohort_id = ?4")
        .setParameter(1, authorId)
        .setParameter(2, step)
        .setParameter(3, exerciseId)
        .setParameter(4, cohortId)
        .getResultList()
        .isEmpty();
  }

  /**
   * Listed as a facilitator of the cohort the answer was given in, which the author still belongs
   * to; a facilitator of another cohort of the same person is nobody here. Read from the table, not
   * the role: an administrator is not a facilitator of every cohort here, and sees no answer.
   */
  private boolean facilitatesCohortOf(long viewerId, long authorId, Long cohortId) {
    if (cohortId == null) {
      return false;
    }
    return cohorts.facilitatesMember(cohortId, viewerId, authorId);
  }

  /**
   * Both sharing choices of the author's answer to this exercise, in one statement: who sees it
   * (their choice, or the exercise's default) and whether they show it to this cohort's
   * facilitators. The answer form asks both at once when it opens (a page view); each statement
   * costs it about half a millisecond of the server's CPU (issue 11, pages).
   */
  public MySharing sharingOf(long authorId, String step, String exerciseId, Long cohortId) {
    Optional<ExerciseView> exercise = exercise(step, exerciseId);
    if (exercise.isEmpty()) {
      return new MySharing(Visibility.PRIVATE, false);
    }
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT (SELECT v.visibility FROM answer_visibility v WHERE v.person_id = ?1"
                        + " AND v.step_slug = ?2 AND v.exercise_id = ?3),"
                        + " (SELECT COUNT(*) FROM answer_facilitator_share f WHERE f.person_id = ?1"
                        + " AND f.step_slug = ?2 AND f.exercise_id = ?3 AND f.cohort_id = ?4)")
                .setParameter(1, authorId)
                .setParameter(2, step)
                .setParameter(3, exerciseId)
                .setParameter(4, cohortId == null ? Long.valueOf(-1) : cohortId)
                .getSingleResult();
    Visibility level =
        row[0] == null
            ? Visibility.defaultFor(exercise.get().isShared())
            : Visibility.valueOf(row[0].toString());
    return new MySharing(level, cohortId != null && ((Number) row[1]).longValue() > 0);
  }

  /** The author's visibility for this exercise (their choice, or the exercise's default). */
  public Visibility levelOf(long authorId, String step, String exerciseId) {
    return exercise(step, exerciseId)
        .map(e -> levelOf(authorId, e, step))
        .orElse(Visibility.PRIVATE);
  }

  private Visibility levelOf(long authorId, ExerciseView exercise, String step) {
    VisibilityChoice chosen =
        em.find(VisibilityChoice.class, new VisibilityChoice.Key(authorId, step, exercise.getId()));
    return chosen != null ? chosen.getVisibility() : Visibility.defaultFor(exercise.isShared());
  }

  /**
   * A complete answer marked done that its author lets their partner see (now or at the reveal),
   * given in the couple's cohort.
   */
  private boolean released(ExerciseView exercise, long personId, String step, long cohortId) {
    return levelOf(personId, exercise, step) != Visibility.PRIVATE
        && answerOf(personId, step, exercise.getId())
            .filter(a -> a.getCohortId() != null && a.getCohortId() == cohortId)
            .flatMap(a -> releasedVersion(exercise, a))
            .isPresent();
  }

  /** The cohort of the two people's couple, when they are each other's current partner. */
  private Optional<Long> coupleCohort(long one, long other) {
    return partners.coupleOf(one).filter(c -> c.partnerId() == other).map(CurrentCouple::cohortId);
  }

  private Optional<ExerciseView> exercise(String step, String exerciseId) {
    return catalog.module(step, Language.EN).flatMap(m -> m.exercise(exerciseId));
  }

  private boolean complete(ExerciseView exercise, long personId, String step) {
    return answerOf(personId, step, exercise.getId()).map(a -> isDone(exercise, a)).orElse(false);
  }

  /** Answered, for anyone but the author: a complete version marked done. A draft never counts. */
  private static boolean isDone(ExerciseView exercise, Answer answer) {
    return answer.done().map(c -> AnswerRules.missing(exercise, c).isEmpty()).orElse(false);
  }

  private Optional<Answer> answerOf(long personId, String step, String exerciseId) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", personId)
        .setParameter("step", step)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst();
  }
}
