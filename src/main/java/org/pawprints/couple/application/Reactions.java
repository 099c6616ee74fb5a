package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pawprints.couple.domain.Reaction;
import org.pawprints.couple.domain.ReactionKind;
import org.pawprints.learning.application.ParticipantModules;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.refusal.Refusal;

/**
 * After a reveal, each partner can send one small reaction to the other's answer, and change it.
 * Caller-scoped: the giver is the signed-in participant and the receiver is their partner, so no
 * page can react for, or to, anyone else. Only between partners, only once revealed.
 */
@ApplicationScoped
@Transactional
public class Reactions {

  @Inject ParticipantModules modules;
  @Inject Partners partners;
  @Inject AnswerVisibility visibility;
  @Inject Notifications notifications;
  @Inject IndividualTrack track;

  @PersistenceContext EntityManager em;

  /** Sends (or changes) my reaction to my partner's revealed answer; tells them when it changed. */
  public void react(String step, String exerciseId, ReactionKind kind) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    if (kind == null) {
      throw new Refusal("reaction.unknown");
    }
    long partner = revealedPartner(me, step, exerciseId);
    if (track.isOn(me)) {
      throw new Refusal("track.sharingPaused");
    }
    Optional<Reaction> existing = given(me, step, exerciseId);
    boolean changed;
    if (existing.isEmpty()) {
      em.persist(new Reaction(me, partner, step, exerciseId, kind));
      changed = true;
    } else {
      changed = existing.get().change(partner, kind);
    }
    em.flush();
    // A partner on the individual track gets no partner notice; the reaction waits for them.
    if (changed && !track.isOn(partner)) {
      notifications.notify(
          partner,
          NotificationKind.PARTNER_REACTED,
          me,
          step,
          PartnerNotices.exerciseLink(step, exerciseId));
    }
  }

  /** The reaction I sent to my partner's answer, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReactionKind> mine(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return given(me, step, exerciseId).map(Reaction::getKind);
  }

  /** My partner's reaction to my answer, while our answers are revealed to each other. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ReactionKind> received(String step, String exerciseId) {
    long me = modules.participant();
    modules.exercise(step, exerciseId);
    return partners
        .partnerOf(me)
        .filter(partner -> visibility.isRevealed(me, partner, step, exerciseId))
        .flatMap(partner -> given(partner, step, exerciseId))
        .filter(reaction -> reaction.getToPersonId() == me)
        .map(Reaction::getKind);
  }

  private long revealedPartner(long me, String step, String exerciseId) {
    return partners
        .partnerOf(me)
        .filter(partner -> visibility.isRevealed(me, partner, step, exerciseId))
        .orElseThrow(() -> new Refusal("reaction.notRevealed"));
  }

  private Optional<Reaction> given(long person, String step, String exerciseId) {
    return em.createNamedQuery("Reaction.given", Reaction.class)
        .setParameter("person", person)
        .setParameter("step", step)
        .setParameter("exercise", exerciseId)
        .getResultStream()
        .findFirst();
  }
}
