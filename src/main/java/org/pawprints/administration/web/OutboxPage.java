package org.pawprints.administration.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.mail.MailMessage;
import org.pawprints.platform.mail.MailOutbox;

/**
 * The mail outbox: what Pawprints sent or is holding. Without SMTP, this is where an administrator
 * reads a held message (for example a reset link) to pass it on by hand.
 */
@Named
@RequestScoped
public class OutboxPage {

  private static final int SHOWN = 200;

  @Inject MailOutbox outbox;
  @Inject AccessPolicy access;

  private List<MailMessage> messages;

  public List<MailMessage> getMessages() {
    if (messages == null) {
      access.requireRole(Role.ADMIN);
      messages = outbox.newestFirst(0, SHOWN);
    }
    return messages;
  }
}
