package org.pawprints.live.plan;

/** How the approved answers to an open question are shown to the room. */
public enum AnswerDisplay {
  LIST,
  WORD_CLOUD
}
