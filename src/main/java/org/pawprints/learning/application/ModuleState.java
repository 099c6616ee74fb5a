package org.pawprints.learning.application;

/** How far a participant is in a module. */
public enum ModuleState {
  /** Facilitator-paced cohort: not opened yet (or the person is in no cohort). */
  LOCKED,
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE
}
