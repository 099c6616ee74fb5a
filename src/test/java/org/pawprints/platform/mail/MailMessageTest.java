package org.pawprints.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the outbox keeps of a message that carries a live link, at each step of its way out. */
class MailMessageTest {

  private static final String LINK = "https://pawprints.example/reset-password.xhtml?token=s3cr3t";
  private static final String BODY = "Hello Ana,\n\nChoose a new password: " + LINK + "\n\nJoey";

  @Test
  void aQueuedMessageShowsNoLinkAndSendsTheWholeText() {
    MailMessage message = MailMessage.queued("ana@example.org", "Reset", BODY, LINK);
    assertEquals(BODY, message.textToSend().orElseThrow());
    assertFalse(message.getBody().contains("s3cr3t"), message.getBody());
    assertEquals("Hello Ana,\n\nChoose a new password: […]\n\nJoey", message.getBody());
  }

  @Test
  void onceSentNothingOfTheTextIsKept() {
    MailMessage message = MailMessage.queued("ana@example.org", "Reset", BODY, LINK);
    message.sent(Instant.now());
    assertTrue(message.textToSend().isEmpty());
    assertEquals("", message.getBody());
  }

  @Test
  void aMessageThatFinallyFailsKeepsNoTextToSend() {
    MailMessage message = MailMessage.queued("ana@example.org", "Reset", BODY, LINK);
    for (int i = 1; i < MailMessage.MAX_ATTEMPTS; i++) {
      message.failed("MessagingException");
      assertTrue(message.textToSend().isPresent(), "still retrying after " + i);
    }
    message.failed("MessagingException");
    assertEquals(MailStatus.FAILED, message.getStatus());
    assertTrue(message.textToSend().isEmpty());
    assertFalse(message.getBody().contains("s3cr3t"));
  }

  @Test
  void aHeldMessageNeverStoresItsSecret() {
    MailMessage message = MailMessage.held("ana@example.org", "Reset", BODY, LINK);
    assertEquals(MailStatus.HELD, message.getStatus());
    assertTrue(message.textToSend().isEmpty());
    assertFalse(message.getBody().contains("s3cr3t"));
  }

  @Test
  void linksWithATokenOrCodeAreWithheldEvenWhenTheSenderForgetsToNameThem() {
    String body =
        "Join: http://localhost:8080/invitation.xhtml?token=abc_DEF-123 within 14 days."
            + " Pair: http://localhost:8080/pair.xhtml?code=ABCD2345 or type ABCD-2345."
            + " Notifications: http://localhost:8080/account/notifications.xhtml";
    String shown = WithheldSecrets.withhold(body, "ABCD-2345");
    assertEquals(
        "Join: […] within 14 days. Pair: […] or type […]."
            + " Notifications: http://localhost:8080/account/notifications.xhtml",
        shown);
  }
}
