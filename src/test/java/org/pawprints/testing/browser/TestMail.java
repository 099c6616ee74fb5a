package org.pawprints.testing.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) that the running Pawprints sends its mail to. */
public final class TestMail implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final GreenMail greenMail;
  private final int port;

  private TestMail(GreenMail greenMail, int port) {
    this.greenMail = greenMail;
    this.port = port;
  }

  static TestMail start() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    GreenMail greenMail =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return new TestMail(greenMail, port);
  }

  /** The settings that point Pawprints at this server. */
  Map<String, String> environment() {
    return Map.of(
        "PAWPRINTS_SMTP_HOST", "127.0.0.1",
        "PAWPRINTS_SMTP_PORT", String.valueOf(port),
        "PAWPRINTS_SMTP_STARTTLS", "false",
        "PAWPRINTS_SMTP_FROM", "Pawprints <hello@pawprints.test>");
  }

  /** The newest message to {@code recipient}, waiting up to 20 seconds for it. */
  public MimeMessage awaitMessageTo(String recipient) {
    List<MimeMessage> received = awaitMessagesTo(recipient, 1);
    return received.get(received.size() - 1);
  }

  /**
   * The messages to {@code recipient}, oldest first, once there are at least {@code count} of them,
   * waiting up to 20 seconds. It sleeps until GreenMail receives something, never for a fixed time.
   */
  public List<MimeMessage> awaitMessagesTo(String recipient, int count) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    // One snapshot for both the count and the filter: a mail arriving between two separate reads
    // would be counted as seen but not found, and the wait would then be for a mail after it.
    MimeMessage[] received = greenMail.getReceivedMessages();
    List<MimeMessage> found = to(received, recipient);
    while (found.size() < count) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0 || !greenMail.waitForIncomingEmail(left, received.length + 1)) {
        throw new AssertionError(
            "Only "
                + to(greenMail.getReceivedMessages(), recipient).size()
                + " of "
                + count
                + " mails reached "
                + recipient
                + " in "
                + WAIT);
      }
      received = greenMail.getReceivedMessages();
      found = to(received, recipient);
    }
    return found;
  }

  public List<MimeMessage> messagesTo(String recipient) {
    return to(greenMail.getReceivedMessages(), recipient);
  }

  private static List<MimeMessage> to(MimeMessage[] received, String recipient) {
    return Arrays.stream(received).filter(m -> isTo(m, recipient)).toList();
  }

  /** The first link to Pawprints in a message's text, as a path (the host is the test's). */
  public static String linkPath(MimeMessage message) {
    Matcher link = Pattern.compile("https?://[^/\\s]+(/\\S+)").matcher(body(message));
    if (!link.find()) {
      throw new AssertionError("No link in the message");
    }
    return link.group(1);
  }

  /** The decoded text of a plain-text message. */
  public static String body(MimeMessage message) {
    try {
      return String.valueOf(message.getContent());
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      return false;
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
