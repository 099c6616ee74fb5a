package org.pawprints.live.domain;

/**
 * What one item of a live session's agenda asks of the room. The default session plans ({@code
 * content/session-plans}) and the facilitator's own agendas use the same kinds.
 */
public enum ActivityKind {
  /** A module's lesson section or the facilitator's own Markdown, shown to everyone. */
  SLIDE,
  /** Single choice, multiple choice or a 1-10 scale; results only once revealed. */
  POLL,
  /** A question with a right answer that the facilitator reveals when ready. */
  QUIZ_QUESTION,
  /** Short anonymous texts, shown as a list or a word cloud after the facilitator approves each. */
  OPEN_QUESTION,
  /** A prompt each couple answers privately; the reveal happens inside the couple. */
  COUPLE_EXERCISE,
  /** Speaker-listener practice: one partner holds the floor, a tap passes it. */
  FLOOR,
  /** How are you right now, 1-10. */
  CHECK_IN,
  /** A timer and nothing to answer. */
  BREAK
}
