package org.pawprints.learning.application;

import java.time.Instant;

/**
 * Fired (synchronously, inside the saving transaction) just before an answer's new version is
 * marked done, with the version marked done until now (null when there was none): a feature that
 * must keep showing an earlier version (the couple's individual track) copies it here. Learning
 * knows nothing of who reads it.
 */
public record AnswerMarkingDone(
    long answerId,
    long personId,
    String previousDoneJson,
    Instant previousDoneAt,
    Long previousCohortId) {}
