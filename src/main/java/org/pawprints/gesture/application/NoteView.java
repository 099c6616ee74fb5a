package org.pawprints.gesture.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One appreciation note as its sender or recipient sees it: the words, when, whether it was
 * acknowledged, and the other person's name. Holds no person id, so a page cannot leak one.
 */
public final class NoteView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String body;
  private final Instant sentAt;
  private final boolean acknowledged;
  private final String otherName;

  public NoteView(long id, String body, Instant sentAt, boolean acknowledged, String otherName) {
    this.id = id;
    this.body = body;
    this.sentAt = sentAt;
    this.acknowledged = acknowledged;
    this.otherName = otherName;
  }

  /** The note's id: only its recipient can act on it (see {@code Appreciations#acknowledge}). */
  public long getId() {
    return id;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public boolean isAcknowledged() {
    return acknowledged;
  }

  /** The partner's display name, or null when that account no longer exists. */
  public String getOtherName() {
    return otherName;
  }
}
