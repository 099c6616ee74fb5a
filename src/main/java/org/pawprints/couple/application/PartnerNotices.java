package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.learning.application.AnswerCompleted;
import org.pawprints.learning.application.ModuleCompleted;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;

/**
 * Tells a partner what the other did: answered, the reveal is ready, finished a module (only when
 * every answer in it is one the partner may know of: none private). Observes the learning feature's
 * events inside the saving transaction (so a notice exists exactly when the save does) and never
 * carries words: only the kind, who, and the step. Each notice goes out at most once per pair,
 * exercise and kind (the {@code partner_notice} ledger), so edits, a withdraw and re-answer, or
 * both partners saving in the same instant never tell the same thing twice.
 */
@ApplicationScoped
public class PartnerNotices {

  // The current couple's own row, by its key (it was found by its two partners, a statement that
  // read every couple ever paired, on every save).
  private static final String LOCK_COUPLE = "SELECT c.id FROM couple c WHERE c.id = ?1 FOR UPDATE";

  @Inject Partners partners;
  @Inject AnswerVisibility visibility;
  @Inject Notifications notifications;
  @Inject IndividualTrack track;

  @PersistenceContext EntityManager em;

  void answerCompleted(@Observes AnswerCompleted completed) {
    answerReleased(completed.personId(), completed.stepSlug(), completed.exerciseId());
  }

  void moduleCompleted(@Observes ModuleCompleted completed) {
    long me = completed.personId();
    String step = completed.stepSlug();
    Optional<CurrentCouple> couple = partners.coupleOf(me);
    Optional<Long> partner = couple.map(CurrentCouple::partnerId);
    // A private answer leaves no trace: "finished" is told only when my partner may already know
    // of every answer in the module; otherwise it would betray the answers they cannot see.
    if (partner.isEmpty()
        || track.pausedBetween(me, partner.get())
        || !visibility.hasAnsweredAll(partner.get(), me, step)) {
      return;
    }
    lockCouple(couple.get());
    if (!sent(partner.get(), me, NotificationKind.PARTNER_FINISHED_MODULE, step, "")) {
      send(partner.get(), me, NotificationKind.PARTNER_FINISHED_MODULE, step, "", moduleLink(step));
    }
  }

  /**
   * The author's complete answer has just become something their partner may know of (it was
   * completed, or it stopped being private). Tells the partner the reveal is ready when both are
   * now released, else that the author answered, when the partner has not.
   */
  void answerReleased(long author, String step, String exerciseId) {
    Optional<CurrentCouple> couple = partners.coupleOf(author);
    if (couple.isEmpty() || visibility.levelOf(author, step, exerciseId) == Visibility.PRIVATE) {
      return;
    }
    long partner = couple.get().partnerId();
    if (track.pausedBetween(author, partner)) {
      // The individual track: no notice either way, as in a quiet week.
      return;
    }
    // Both partners saving at once: the second to take this lock sees the first one's committed
    // answer, so exactly one of them finds the reveal ready.
    lockCouple(couple.get());
    String link = exerciseLink(step, exerciseId);
    if (visibility.isRevealed(author, partner, step, exerciseId)) {
      NotificationKind ready = NotificationKind.REVEAL_READY;
      if (!sent(partner, author, ready, step, exerciseId)
          && !sent(author, partner, ready, step, exerciseId)) {
        // The one who answered first is waiting; the other sees the reveal on their screen.
        send(partner, author, ready, step, exerciseId, link);
      }
    } else if (!visibility.hasAnswered(partner, partner, step, exerciseId)
        && !sent(partner, author, NotificationKind.PARTNER_ANSWERED, step, exerciseId)) {
      send(partner, author, NotificationKind.PARTNER_ANSWERED, step, exerciseId, link);
    }
  }

  private void lockCouple(CurrentCouple couple) {
    em.createNativeQuery(LOCK_COUPLE).setParameter(1, couple.coupleId()).getResultList();
  }

  private boolean sent(
      long recipient, long actor, NotificationKind kind, String step, String exerciseId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM partner_notice WHERE recipient_id = ?1 AND actor_id = ?2"
                + " AND kind = ?3 AND step_slug = ?4 AND exercise_id = ?5")
        .setParameter(1, recipient)
        .setParameter(2, actor)
        .setParameter(3, kind.name())
        .setParameter(4, step)
        .setParameter(5, exerciseId)
        .getResultList()
        .isEmpty();
  }

  private void send(
      long recipient,
      long actor,
      NotificationKind kind,
      String step,
      String exerciseId,
      String link) {
    em.createNativeQuery(
            "INSERT INTO partner_notice (recipient_id, actor_id, kind, step_slug, exercise_id,"
                + " sent_at) VALUES (?1, ?2, ?3, ?4, ?5, CURRENT_TIMESTAMP)")
        .setParameter(1, recipient)
        .setParameter(2, actor)
        .setParameter(3, kind.name())
        .setParameter(4, step)
        .setParameter(5, exerciseId)
        .executeUpdate();
    notifications.notify(recipient, kind, actor, step, link);
  }

  /** The module screen of one exercise (the learning page's address). */
  static String exerciseLink(String step, String exerciseId) {
    return moduleLink(step) + "&at=" + URLEncoder.encode("e-" + exerciseId, StandardCharsets.UTF_8);
  }

  static String moduleLink(String step) {
    return "/my/module.xhtml?step=" + URLEncoder.encode(step, StandardCharsets.UTF_8);
  }
}
