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

  @Transactional(Transactional.TxType.REQUIRED)
  public void queue(String recipient, String subject, String body) {
    boolean smtp = SmtpSettings.current().isPresent();
    MailMessage message =
        new MailMessage(recipient, subject, body, smtp ? MailStatus.QUEUED : MailStatus.HELD);
    em.persist(message);
    em.flush();
    if (smtp) {
      queued.fire(new MailQueued(message.getId()));
    } else {
      LOG.info(
          () ->
              "No SMTP server configured (PAWPRINTS_SMTP_HOST): mail "
                  + message.getId()
                  + " is held in the outbox, where administrators can read it.");
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
