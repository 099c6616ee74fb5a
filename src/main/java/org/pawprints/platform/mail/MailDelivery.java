package org.pawprints.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pawprints.platform.mail.MailOutbox.MailQueued;

/**
 * Sends queued mail over SMTP: right after the transaction that queued it commits, and again every
 * minute for anything still waiting (a down server, a restart). A singleton, so one node sends at a
 * time; logs name the message id, never its content.
 */
@Singleton
public class MailDelivery {

  private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  /** After the commit, without making the person who caused the mail wait for SMTP. */
  public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    context.getBusinessObject(MailDelivery.class).deliverSoon();
  }

  @Asynchronous
  public void deliverSoon() {
    deliverQueued();
  }

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void deliverQueued() {
    SmtpSettings.current()
        .ifPresent(
            smtp -> {
              Session session = session(smtp);
              em.createNamedQuery("MailMessage.findByStatus", MailMessage.class)
                  .setParameter("status", MailStatus.QUEUED)
                  .setMaxResults(50)
                  .getResultList()
                  .forEach(message -> deliver(message, session, smtp));
            });
  }

  private void deliver(MailMessage message, Session session, SmtpSettings smtp) {
    Optional<String> text = message.textToSend();
    if (text.isEmpty()) {
      // Queued before SMTP was set and its text never kept: there is nothing to send.
      message.failed("no text kept");
      return;
    }
    try {
      MimeMessage mime = new MimeMessage(session);
      mime.setFrom(new InternetAddress(smtp.from()));
      mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
      mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
      mime.setText(text.get(), StandardCharsets.UTF_8.name());
      mime.setSentDate(new Date());
      Transport.send(mime);
      message.sent(Instant.now());
    } catch (MessagingException | RuntimeException e) {
      message.failed(e.getClass().getSimpleName());
      LOG.log(Level.WARNING, "Mail {0} not sent yet: {1}", new Object[] {message.getId(), e});
    }
  }

  private static Session session(SmtpSettings smtp) {
    if (smtp.username().isEmpty()) {
      return Session.getInstance(smtp.sessionProperties());
    }
    return Session.getInstance(
        smtp.sessionProperties(),
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(smtp.username(), smtp.password());
          }
        });
  }
}
