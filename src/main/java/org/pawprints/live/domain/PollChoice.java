package org.pawprints.live.domain;

/** How a poll is answered: one option, several options, or a number from 1 to 10. */
public enum PollChoice {
  SINGLE,
  MULTIPLE,
  SCALE
}
