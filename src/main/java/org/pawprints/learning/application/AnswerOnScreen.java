package org.pawprints.learning.application;

import org.pawprints.curriculum.content.application.ExerciseView;

/**
 * The module page's answer form loaded or saved the signed-in person's answer to the exercise on
 * screen. Fired by the page within one view, so that page parts of features built on learning (the
 * couple panel: who sees it, the reveal) follow without learning knowing them. Carries no words.
 *
 * @param kept an answer is stored
 * @param complete a complete version of the answer was marked done (a draft does not count)
 * @param settled loaded or submitted (the panel refreshes what the partner shares); false for an
 *     autosave while typing
 */
public record AnswerOnScreen(
    String step, ExerciseView exercise, boolean kept, boolean complete, boolean settled) {}
