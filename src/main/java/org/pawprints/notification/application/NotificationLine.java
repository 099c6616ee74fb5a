package org.pawprints.notification.application;

import java.time.Instant;

/**
 * One notification as a person reads it: a sentence in their language, where it leads, and whether
 * it was new. A class with getters because Expression Language 5 cannot read records.
 */
public final class NotificationLine {

  private final Long id;
  private final String sentence;
  private final String link;
  private final boolean unread;
  private final Instant createdAt;

  public NotificationLine(
      Long id, String sentence, String link, boolean unread, Instant createdAt) {
    this.id = id;
    this.sentence = sentence;
    this.link = link;
    this.unread = unread;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  /** Plain text: pages escape it, mail carries it as is. */
  public String getSentence() {
    return sentence;
  }

  /** A path inside Pawprints, or null when there is nowhere to go. */
  public String getLink() {
    return link;
  }

  public boolean isUnread() {
    return unread;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
