package org.pawprints.ritual.application;

/** What the tracker may show of the partner. */
public enum PartnerRituals {
  /** I am not in a couple (yet). */
  NO_PARTNER,
  /** My partner has not planned, or the plans are not revealed to each other yet. */
  NOT_YET,
  /** Both planned: my partner's rituals and ticks are shown next to mine. */
  SHOWN
}
