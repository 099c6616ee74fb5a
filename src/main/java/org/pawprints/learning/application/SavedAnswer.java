package org.pawprints.learning.application;

import java.time.Instant;

/** What a save did: when my answer was saved, and where it now stands. */
public record SavedAnswer(Instant at, AnswerStage stage) {}
