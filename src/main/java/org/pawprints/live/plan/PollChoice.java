package org.pawprints.live.plan;

/** How a poll is answered. */
public enum PollChoice {
  /** One of the options. */
  SINGLE,
  /** Any number of the options. */
  MULTIPLE,
  /** A number from 1 to 10; a scale poll has no options. */
  SCALE
}
