package org.pawprints.learning.application;

/**
 * Fired (synchronously, inside the saving transaction) when a save turns an answer that was missing
 * or incomplete into a complete one. Edits of an already complete answer fire nothing. Carries no
 * words: other features (couples) observe it without learning knowing about them.
 */
public record AnswerCompleted(long personId, String stepSlug, String exerciseId) {}
