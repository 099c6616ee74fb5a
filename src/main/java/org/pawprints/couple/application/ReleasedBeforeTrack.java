package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pawprints.learning.application.AnswerMarkingDone;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.persistence.InstantConverter;

/**
 * The version of an answer its partner last had, kept when its author, on the {@link
 * IndividualTrack}, marks a new version done: the new one stays the author's, and the partner goes
 * on reading the one released before (to them, an ordinary quiet week). Marking it done again off
 * the track releases that new version, and the kept one goes. Back off the track, the author may
 * also share the version marked on the track as it is ({@link #shareAfterTrack}): it is then
 * released like any other, and the kept one goes. Only {@link AnswerVisibility} and {@link
 * AnswerSharing} use it.
 */
@ApplicationScoped
public class ReleasedBeforeTrack {

  @Inject IndividualTrack track;
  @PersistenceContext EntityManager em;

  /** Keeps the released version aside when it is about to be replaced on the track. */
  @Transactional(Transactional.TxType.MANDATORY)
  void beforeMarkingDone(@Observes AnswerMarkingDone event) {
    long author = event.personId();
    if (!track.isOn(author)) {
      // Released again as it is marked done now: nothing earlier to keep.
      forgetAnswer(event.answerId());
      return;
    }
    boolean releasedBefore =
        event.previousDoneJson() != null
            && (!track.wasOnAt(author, event.previousDoneAt())
                || sharedAfterTrack(event.answerId()));
    if (!releasedBefore) {
      return; // the kept version, if any, stays what the partner reads
    }
    forgetAnswer(event.answerId());
    em.createNativeQuery(
            "INSERT INTO couple_released_before_track"
                + " (answer_id, person_id, content, done_at, cohort_id) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, event.answerId())
        .setParameter(2, author)
        .setParameter(3, event.previousDoneJson())
        .setParameter(4, InstantConverter.stored(event.previousDoneAt()))
        .setParameter(5, event.previousCohortId())
        .executeUpdate();
  }

  /**
   * The version released before the track, when the answer's current version was marked done on it
   * and was given in the same cohort as the kept one.
   */
  Optional<AnswerContent> of(Answer answer) {
    if (answer.getId() == null) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT content, cohort_id FROM couple_released_before_track WHERE answer_id = ?1")
            .setParameter(1, answer.getId())
            .getResultList();
    return rows.stream()
        .filter(
            r ->
                Objects.equals(
                    r[1] == null ? null : ((Number) r[1]).longValue(), answer.getCohortId()))
        .map(r -> AnswerContent.fromJson((String) r[0]))
        .findFirst();
  }

  /**
   * Whether the author, back off the track, chose to share the version of this answer they marked
   * done on it. A new "Done" forgets the choice: it was about that version only.
   */
  boolean sharedAfterTrack(Long answerId) {
    return answerId != null
        && !em.createNativeQuery("SELECT 1 FROM couple_track_answer_shared WHERE answer_id = ?1")
            .setParameter(1, answerId)
            .getResultList()
            .isEmpty();
  }

  /** The author shares the version marked done on the track: the kept one is no longer read. */
  @Transactional(Transactional.TxType.MANDATORY)
  void shareAfterTrack(Answer answer) {
    if (sharedAfterTrack(answer.getId())) {
      return;
    }
    forgetAnswer(answer.getId());
    em.createNativeQuery(
            "INSERT INTO couple_track_answer_shared (answer_id, person_id, shared_at)"
                + " VALUES (?1, ?2, CURRENT_TIMESTAMP)")
        .setParameter(1, answer.getId())
        .setParameter(2, answer.getPersonId())
        .executeUpdate();
  }

  private void forgetAnswer(long answerId) {
    em.createNativeQuery("DELETE FROM couple_released_before_track WHERE answer_id = ?1")
        .setParameter(1, answerId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM couple_track_answer_shared WHERE answer_id = ?1")
        .setParameter(1, answerId)
        .executeUpdate();
  }
}
