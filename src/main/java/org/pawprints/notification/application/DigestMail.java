package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.domain.Notification;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;

/**
 * One person's weekly digest, in a transaction of its own: the week is claimed and the mail queued
 * together, so a digest is recorded exactly when its mail is. The mail holds only the bell's
 * sentences (kind, a name, a module title): never anything a participant wrote.
 */
@ApplicationScoped
public class DigestMail {

  static final Duration WINDOW = Duration.ofDays(7);

  /** The mail lists this many sentences and counts the rest. */
  static final int LISTED = 10;

  static final String NOTIFICATIONS_PAGE = "/account/notifications.xhtml";
  static final String PROFILE_PAGE = "/account/profile.xhtml";

  @Inject NotificationSentences sentences;
  @Inject MailOutbox outbox;
  @PersistenceContext EntityManager em;

  /** Queues {@code personId}'s digest for {@code week}, unless nothing is due; true if queued. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean sendTo(long personId, String week, Instant now) {
    Person person = em.find(Person.class, personId);
    if (person == null || !person.isActive()) {
      return false;
    }
    List<Notification> unread =
        em.createNamedQuery("Notification.unreadBetween", Notification.class)
            .setParameter("recipient", personId)
            .setParameter("since", now.minus(WINDOW))
            .setParameter("until", now)
            .getResultList();
    if (unread.isEmpty() || !claim(personId, week)) {
      return false;
    }
    List<NotificationLine> lines = sentences.lines(unread, person.getLanguage());
    String list =
        lines.stream()
            .limit(LISTED)
            .map(line -> "- " + line.getSentence())
            .collect(Collectors.joining("\n"));
    if (lines.size() > LISTED) {
      list += "\n" + Messages.get(person.getLanguage(), "digest.mail.more", lines.size() - LISTED);
    }
    outbox.queue(
        person.getEmail(),
        Messages.get(person.getLanguage(), "digest.mail.subject", lines.size()),
        Messages.get(
            person.getLanguage(),
            "digest.mail.body",
            person.getDisplayName(),
            lines.size(),
            list,
            PublicAddress.link(NOTIFICATIONS_PAGE),
            PublicAddress.link(PROFILE_PAGE)));
    return true;
  }

  /** Records the week; false when another run (or another server) already did. */
  private boolean claim(long personId, String week) {
    return em.createNamedQuery("DigestSubscription.claimWeek")
            .setParameter("person", personId)
            .setParameter("week", week)
            .executeUpdate()
        == 1;
  }
}
