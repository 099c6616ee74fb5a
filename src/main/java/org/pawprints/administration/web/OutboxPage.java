package org.pawprints.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.pawprints.administration.application.PeopleDirectory;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.mail.MailMessage;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.mail.SmtpSettings;

/**
 * The mail outbox: what Pawprints sent, is sending or is holding, to whom and why, with every link
 * and code withheld (the outbox never stores them where staff can read them). To help someone, an
 * administrator opens the person's page and sends a fresh link to the person's own address.
 */
@Named
@RequestScoped
public class OutboxPage {

  private static final int SHOWN = 200;

  @Inject MailOutbox outbox;
  @Inject AccessPolicy access;
  @Inject PeopleDirectory directory;

  private List<MailMessage> messages;
  private Map<String, Long> people;

  public List<MailMessage> getMessages() {
    if (messages == null) {
      access.requireRole(Role.ADMIN);
      messages = outbox.newestFirst(0, SHOWN);
    }
    return messages;
  }

  /** The person page of a message's recipient, when the recipient has an account. */
  public Long personFor(MailMessage message) {
    if (people == null) {
      people =
          directory.idsByEmailKey(getMessages().stream().map(MailMessage::getRecipient).toList());
    }
    return people.get(EmailAddress.key(message.getRecipient()));
  }

  public boolean isMailConfigured() {
    return SmtpSettings.current().isPresent();
  }
}
