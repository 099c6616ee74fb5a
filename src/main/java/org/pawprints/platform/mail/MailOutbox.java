package org.pawprints.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Queues outgoing mail in the caller's transaction: a message exists exactly when the change that
 * caused it was committed. Delivery happens after the commit ({@link MailDelivery}).
 */
@ApplicationScoped
public class MailOutbox {

  private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Event<MailQueued> queued;

  /**
   * Queues a message. {@code secrets} are the parts of the body that let someone act as the
   * recipient (a one-time link, a pairing code): they go out by mail and nowhere else. Without SMTP
   * the message is held and its secrets are not stored at all; the recipient gets a fresh link once
   * mail works (see docs/privacy/mail.md).
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void queue(String recipient, String subject, String body, String... secrets) {
    boolean smtp = SmtpSettings.current().isPresent();
    MailMessage message =
        smtp
            ? MailMessage.queued(recipient, subject, body, secrets)
            : MailMessage.held(recipient, subject, body, secrets);
    em.persist(message);
    em.flush();
    if (smtp) {
      queued.fire(new MailQueued(message.getId()));
    } else {
      LOG.info(
          () ->
              "No SMTP server configured (PAWPRINTS_SMTP_HOST): mail "
                  + message.getId()
                  + " is held in the outbox, without its links (they are never shown to staff).");
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MailMessage> newestFirst(int first, int max) {
    return em.createNamedQuery("MailMessage.newestFirst", MailMessage.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Fired once a queued message is committed. */
  public record MailQueued(long messageId) {}
}
