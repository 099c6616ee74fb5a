package org.pawprints.platform.mail;

/** Where a message is on its way out. */
public enum MailStatus {
  /** Waiting to be sent. */
  QUEUED,
  /** Handed to the SMTP server. */
  SENT,
  /** No SMTP server is configured: kept for an administrator to read and pass on. */
  HELD,
  /** Sending failed too many times; kept for an administrator. */
  FAILED
}
