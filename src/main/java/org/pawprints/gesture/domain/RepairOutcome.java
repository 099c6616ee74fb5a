package org.pawprints.gesture.domain;

/** How a repair attempt landed. "Not this time" is an answer too: trying counts. */
public enum RepairOutcome {
  HELPED,
  A_BIT,
  NOT_THIS_TIME
}
