package org.pawprints.live.domain;

/**
 * The reactions a participant can send during a slide: warm, grateful, "me too", applause and
 * "thinking about it". There is deliberately no laughing face: in a room where couples speak of
 * hard moments, a laugh can land on someone's story.
 */
public enum ReactionKind {
  HEART("\u2764\uFE0F"),
  THANKS("\uD83D\uDE4F"),
  ME_TOO("\uD83D\uDE4B"),
  APPLAUSE("\uD83D\uDC4F"),
  THINKING("\uD83E\uDD14");

  private final String emoji;

  ReactionKind(String emoji) {
    this.emoji = emoji;
  }

  public String emoji() {
    return emoji;
  }
}
