package org.pawprints.learning.application;

/**
 * Fired (synchronously, inside the transaction) the one time a participant's module becomes
 * complete. A module stays complete, so this never fires twice for the same person and step.
 */
public record ModuleCompleted(long personId, String stepSlug) {}
