package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.learning.domain.Answer;
import org.pawprints.platform.refusal.Refusal;

/**
 * Answer privately, then reveal, for the signed-in participant. No method takes a person or an
 * answer id: the caller is always the viewer and their partner is looked up, so no page can name
 * someone else. Every read of the partner's answer asks {@link AnswerVisibility}.
 */
@ApplicationScoped
@Transactional
public class Reveals {

  @Inject ParticipantModules modules;
  @Inject Partners partners;
  @Inject AnswerVisibility visibility;
  @Inject IndividualTrack track;

  @PersistenceContext EntityManager em;

  /** Where my partner is with this shared exercise: answered or not, and no more, until both. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PartnerStatus partnerStatus(String step, String exerciseId) {
    long me = modules.participant();
    shared(step, exerciseId);
    Optional<Long> partner = partners.partnerOf(me);
    if (partner.isEmpty()) {
      return PartnerStatus.NO_PARTNER;
    }
    if (visibility.levelOf(me, step, exerciseId) == Visibility.PRIVATE) {
      return PartnerStatus.MINE_PRIVATE;
    }
    if (visibility.isRevealed(me, partner.get(), step, exerciseId)) {
      return PartnerStatus.REVEALED;
    }
    if (track.isOn(me)) {
      // What I mark done now stays mine: "your partner has answered, add yours" would mislead.
      return PartnerStatus.MINE_ON_OWN_TRACK;
    }
    if (visibility.isHeldFromTrack(me, step, exerciseId)) {
      return PartnerStatus.MINE_KEPT_FROM_TRACK;
    }
    return visibility.hasAnswered(me, partner.get(), step, exerciseId)
        ? PartnerStatus.PARTNER_ANSWERED_WAITING_FOR_YOU
        : PartnerStatus.PARTNER_NOT_ANSWERED;
  }

  /** Both answers side by side, only once the rule allows me to see my partner's. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Reveal> revealed(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    Optional<Long> partner = partners.partnerOf(me);
    if (partner.isEmpty()) {
      return Optional.empty();
    }
    Optional<Answer> mine = answerOf(me, step, exerciseId);
    Optional<Answer> theirs = answerOf(partner.get(), step, exerciseId);
    if (mine.isEmpty()
        || theirs.isEmpty()
        || !visibility.isRevealed(me, partner.get(), step, exerciseId)
        || !visibility.maySee(me, theirs.get())) {
      return Optional.empty();
    }
    // Both sides as the partner sees them: the versions marked done, never a newer draft.
    return Optional.of(
        new Reveal(
            mine.get().done().orElseThrow(),
            visibility.readableBy(me, theirs.get()).orElseThrow()));
  }

  /**
   * Takes my answer back while my partner cannot see it (before the reveal, and unless I shared it
   * right away); afterwards my partner may have read it, so it stays (it can still be edited). The
   * only way an answer is deleted, so the refusal cannot be bypassed.
   */
  public void withdraw(String step, String exerciseId) {
    long me = modules.participant();
    shared(step, exerciseId);
    Optional<Long> partner = partners.partnerOf(me);
    Optional<Answer> mine = answerOf(me, step, exerciseId);
    if (partner.isPresent() && mine.isPresent() && visibility.maySee(partner.get(), mine.get())) {
      throw new Refusal("reveal.withdrawTooLate");
    }
    // The revisions go with it (the database cascades them). A module already marked complete
    // stays complete, as with any later edit.
    mine.ifPresent(em::remove);
    em.flush();
  }

  private ExerciseView shared(String step, String exerciseId) {
    ExerciseView exercise = modules.exercise(step, exerciseId);
    if (!exercise.isShared()) {
      throw new Refusal("reveal.notShared");
    }
    return exercise;
  }

  private Optional<Answer> answerOf(long person, String step, String exerciseId) {
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", person)
        .setParameter("step", step)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst();
  }
}
