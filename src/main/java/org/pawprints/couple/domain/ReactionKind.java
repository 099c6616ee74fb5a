package org.pawprints.couple.domain;

/** The small reactions a partner can send to a revealed answer. */
public enum ReactionKind {
  THANK_YOU,
  I_SEE_YOU,
  TALK_TONIGHT
}
