package org.pawprints.outcomes.application;

/**
 * What a follow-up link says to the person who opened it. Someone else's link reads exactly like an
 * unknown one: it tells nothing about its owner.
 */
public enum LinkState {
  /** Theirs, unused and unexpired: the questions are shown. */
  OPEN,
  /** Theirs and already used (or the follow-up was answered another way). */
  USED,
  /** Unknown, expired, or not theirs. */
  INVALID
}
