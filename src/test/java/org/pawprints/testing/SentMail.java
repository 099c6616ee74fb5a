package org.pawprints.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.platform.mail.MailOutbox;

/**
 * For in-container tests only: remembers the full text of the newest message to each address, as
 * the recipient's mailbox would receive it, so that tests can follow the links in it. The outbox
 * itself never keeps those links where staff could read them (issue 10, rule 3); the test
 * deployment has no SMTP server, so this stands in for the recipient's mailbox.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SentMail extends MailOutbox {

  private static final Map<String, String> NEWEST = new ConcurrentHashMap<>();

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void queue(String recipient, String subject, String body, String... secrets) {
    super.queue(recipient, subject, body, secrets);
    NEWEST.put(EmailAddress.key(recipient), body);
  }

  /** The text of the newest message to this address, as its recipient reads it. */
  public static String newestTextTo(String recipient) {
    String text = NEWEST.get(EmailAddress.key(recipient));
    if (text == null) {
      throw new AssertionError("No mail to " + recipient);
    }
    return text;
  }
}
