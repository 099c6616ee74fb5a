package org.pawprints.learning.application;

/**
 * The signed-in person withdrew their answer to a shared exercise (the couple panel of the module
 * page does it): the answer form forgets what it showed, and the browser its draft.
 */
public record AnswerWithdrawn(String step, String exerciseId) {}
