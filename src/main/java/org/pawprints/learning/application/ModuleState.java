package org.pawprints.learning.application;

/** How far a participant is in a module. */
public enum ModuleState {
  NOT_STARTED,
  IN_PROGRESS,
  COMPLETE
}
