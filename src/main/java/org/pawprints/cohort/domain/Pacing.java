package org.pawprints.cohort.domain;

/** How a cohort's modules open: all at once, or one by one when a facilitator opens them. */
public enum Pacing {
  SELF_PACED,
  FACILITATOR_PACED
}
