package org.pawprints.gesture.domain;

/** What I tried, in the counsellor's examples; OWN_WORDS when none of them fits. */
public enum RepairKind {
  SAID_SORRY,
  TOOK_A_BREAK,
  USED_HUMOUR,
  ASKED_FOR_DO_OVER,
  SLOWED_DOWN,
  OWN_WORDS
}
