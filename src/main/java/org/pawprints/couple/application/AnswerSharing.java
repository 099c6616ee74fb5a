package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.pawprints.cohort.application.CurrentCohort;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.couple.domain.VisibilityChoice;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.refusal.Refusal;

/**
 * The signed-in participant's choice of who sees their answer, and what their partner chose to show
 * them. Caller-scoped like {@link Reveals}: no method takes a person id. Every read of the
 * partner's answer asks {@link AnswerVisibility}.
 */
@ApplicationScoped
@Transactional
public class AnswerSharing {

  @Inject ParticipantModules modules;
  @Inject Partners partners;
  @Inject AnswerVisibility visibility;
  @Inject PartnerNotices notices;
  @Inject IndividualTrack track;
  @Inject CurrentCohort currentCohort;
  @Inject ReleasedBeforeTrack releasedBeforeTrack;

  @PersistenceContext EntityManager em;

  /** The levels this exercise offers: a reveal only makes sense where both partners answer. */
  public static List<Visibility> offered(ExerciseView exercise) {
    return exercise.isShared()
        ? List.of(Visibility.PRIVATE, Visibility.AFTER_REVEAL, Visibility.SHARED_NOW)
        : List.of(Visibility.PRIVATE, Visibility.SHARED_NOW);
  }

  /** Who sees my answer to this exercise (my choice, or the exercise's default). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Visibility mine(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return visibility.levelOf(me, step, exerciseId);
  }

  /**
   * Who sees my answer to this exercise and whether I show it to my facilitators, read together
   * (what the answer form shows when it opens): {@link #mine} and {@link #isSharedWithFacilitators}
   * in one statement.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MySharing mySharing(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return visibility.sharingOf(me, step, exerciseId, currentCohort.of(me).orElse(null));
  }

  /**
   * Chooses who sees my answer. Turning a complete private answer into a shared one tells my
   * partner, as answering would have.
   */
  public void choose(String step, String exerciseId, Visibility level) {
    long me = modules.participant();
    ExerciseView exercise = modules.exercise(step, exerciseId);
    if (level == null || !offered(exercise).contains(level)) {
      throw new Refusal("visibility.notOffered");
    }
    if (level != Visibility.PRIVATE && track.isOn(me)) {
      // On the individual track nothing is shared: the page hides the choice, and this refuses it.
      throw new Refusal("track.sharingPaused");
    }
    Visibility before = visibility.levelOf(me, step, exerciseId);
    VisibilityChoice choice =
        em.find(VisibilityChoice.class, new VisibilityChoice.Key(me, step, exerciseId));
    if (choice == null) {
      em.persist(new VisibilityChoice(me, step, exerciseId, level));
    } else {
      choice.change(level);
    }
    em.flush();
    if (before == Visibility.PRIVATE
        && level != Visibility.PRIVATE
        && visibility.hasAnswered(me, me, step, exerciseId)) {
      notices.answerReleased(me, step, exerciseId);
    }
  }

  /**
   * Whether I chose to show my answer to this exercise to the facilitators of the cohort I take
   * part in now.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isSharedWithFacilitators(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return visibility.isSharedWithFacilitators(
        me, step, exerciseId, currentCohort.of(me).orElse(null));
  }

  /**
   * Shows my answer to this exercise to the facilitators of the cohort I take part in now, or stops
   * showing it. Off unless I choose it; only a complete answer given in that cohort is ever shown.
   * A choice made in an earlier cohort is replaced: one cohort's facilitators at a time.
   */
  public void shareWithFacilitators(String step, String exerciseId, boolean share) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    Long cohort = currentCohort.of(me).orElse(null);
    boolean shared = visibility.isSharedWithFacilitators(me, step, exerciseId, cohort);
    if (share && !shared && cohort != null) {
      forget(me, step, exerciseId);
      em.createNativeQuery(
              "INSERT INTO answer_facilitator_share (person_id, step_slug, exercise_id, cohort_id,"
                  + " shared_at) VALUES (?1, ?2, ?3, ?4, CURRENT_TIMESTAMP)")
          .setParameter(1, me)
          .setParameter(2, step)
          .setParameter(3, exerciseId)
          .setParameter(4, cohort)
          .executeUpdate();
    } else if (!share) {
      forget(me, step, exerciseId);
    }
  }

  private void forget(long me, String step, String exerciseId) {
    em.createNativeQuery(
            "DELETE FROM answer_facilitator_share WHERE person_id = ?1 AND step_slug = ?2"
                + " AND exercise_id = ?3")
        .setParameter(1, me)
        .setParameter(2, step)
        .setParameter(3, exerciseId)
        .executeUpdate();
  }

  /**
   * Whether my answer to this exercise, marked done while I was on the individual track, still
   * stays with me now (the page then says so and offers {@link #shareFromTrack}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean heldFromTrack(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return visibility.isHeldFromTrack(me, step, exerciseId);
  }

  /**
   * Back to doing it together, I share this one answer I marked done on the individual track: it is
   * then released as my sharing choice says, and my partner is told as answering would have told
   * them. Decision: switching back releases nothing by itself, because what a person wrote on their
   * own may be exactly what they needed to keep; each answer waits for its own choice.
   */
  public void shareFromTrack(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    if (track.isOn(me)) {
      throw new Refusal("track.sharingPaused");
    }
    if (!visibility.isHeldFromTrack(me, step, exerciseId)) {
      return; // already shared, or marked done off the track: nothing to do
    }
    em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", me)
        .setParameter("step", step)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst()
        .ifPresent(releasedBeforeTrack::shareAfterTrack);
    em.flush();
    notices.answerReleased(me, step, exerciseId);
  }

  /** My partner's answer, when the rule lets me see it (shared now, or revealed); else empty. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AnswerContent> partnersAnswer(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return partners
        .partnerOf(me)
        .flatMap(
            partner ->
                em.createNamedQuery("Answer.mineFor", Answer.class)
                    .setParameter("person", partner)
                    .setParameter("step", step)
                    .setParameter("exercise", exerciseId)
                    .getResultStream()
                    .findFirst())
        .flatMap(answer -> visibility.readableBy(me, answer));
  }
}
