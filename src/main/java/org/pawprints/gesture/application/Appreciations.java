package org.pawprints.gesture.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.Partners;
import org.pawprints.gesture.domain.AppreciationNote;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.refusal.Refusal;

/**
 * Appreciation notes between partners, for the signed-in participant. A note goes only to my
 * partner as {@link Partners} knows them (never to an id from a page); I read the notes I sent and
 * the notes I received, nobody else's. A received note stays with its recipient for good, even if
 * the couple splits. Notifications name the kind and the page, never the words.
 */
@ApplicationScoped
@Transactional
public class Appreciations {

  public static final String PAGE = "/my/appreciations.xhtml";

  @Inject PracticeCaller caller;
  @Inject Partners partners;
  @Inject IndividualTrack track;
  @Inject Notifications notifications;
  @PersistenceContext EntityManager em;

  /** My partner's display name, or empty when I have no partner (yet). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> partnerName() {
    return partners.partnerOf(caller.participant()).map(this::nameOf);
  }

  /** Sends a note to my partner; the same submission key twice sends it once. */
  public NoteView send(String body, String submission) {
    long me = caller.participant();
    String key = GestureText.submission(submission);
    String words =
        GestureText.required(
            body, AppreciationNote.BODY_MAX, "appreciation.empty", "appreciation.tooLong");
    long partner = partners.partnerOf(me).orElseThrow(() -> new Refusal("appreciation.solo"));
    if (track.isOn(me)) {
      // The individual track: nothing of mine reaches my partner.
      throw new Refusal("track.sharingPaused");
    }
    Optional<AppreciationNote> already =
        em.createNamedQuery("AppreciationNote.bySubmission", AppreciationNote.class)
            .setParameter("person", me)
            .setParameter("submission", key)
            .getResultStream()
            .findFirst();
    if (already.isPresent()) {
      return sentView(already.get());
    }
    AppreciationNote note = new AppreciationNote(me, partner, words, key, Instant.now());
    em.persist(note);
    em.flush();
    // A partner on the individual track finds the note when they look, without a notice.
    if (!track.isOn(partner)) {
      notifications.notify(partner, NotificationKind.APPRECIATED, me, null, PAGE);
    }
    return sentView(note);
  }

  /** The notes I sent, newest first, each with whether it was acknowledged. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<NoteView> sent() {
    return em.createNamedQuery("AppreciationNote.sentBy", AppreciationNote.class)
        .setParameter("person", caller.participant())
        .setMaxResults(50)
        .getResultStream()
        .map(this::sentView)
        .toList();
  }

  /** The notes I received, newest first: mine to keep. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<NoteView> received() {
    return em.createNamedQuery("AppreciationNote.receivedBy", AppreciationNote.class)
        .setParameter("person", caller.participant())
        .setMaxResults(50)
        .getResultStream()
        .map(
            n ->
                new NoteView(
                    n.getId(),
                    n.getBody(),
                    n.getSentAt(),
                    n.isAcknowledged(),
                    n.getSenderId() == null ? null : nameOf(n.getSenderId())))
        .toList();
  }

  /**
   * "Thank you" on a note I received. Once only: a second tap changes nothing and tells nobody
   * again. A note that is not addressed to me is refused, whoever sent it. The sender is told only
   * while we are still partners.
   */
  public void acknowledge(long noteId) {
    long me = caller.participant();
    int changed =
        em.createNamedQuery("AppreciationNote.acknowledge")
            .setParameter("now", Instant.now())
            .setParameter("id", noteId)
            .setParameter("person", me)
            .executeUpdate();
    AppreciationNote note = em.find(AppreciationNote.class, noteId);
    if (note == null || note.getRecipientId() != me) {
      throw new AccessDeniedException("note " + noteId + " is not addressed to the caller");
    }
    Long sender = note.getSenderId();
    if (changed == 1
        && sender != null
        && partners.arePartners(me, sender)
        && !track.pausedBetween(me, sender)) {
      notifications.notify(sender, NotificationKind.APPRECIATION_ACKNOWLEDGED, me, null, PAGE);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long sentThisWeek() {
    long me = caller.participant();
    return em.createNamedQuery("AppreciationNote.sentSince", Long.class)
        .setParameter("person", me)
        .setParameter("since", caller.weekStart(me))
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long receivedThisWeek() {
    long me = caller.participant();
    return em.createNamedQuery("AppreciationNote.receivedSince", Long.class)
        .setParameter("person", me)
        .setParameter("since", caller.weekStart(me))
        .getSingleResult();
  }

  private NoteView sentView(AppreciationNote n) {
    return new NoteView(
        n.getId(), n.getBody(), n.getSentAt(), n.isAcknowledged(), nameOf(n.getRecipientId()));
  }

  private String nameOf(long personId) {
    Person person = em.find(Person.class, personId);
    return person == null ? null : person.getDisplayName();
  }
}
