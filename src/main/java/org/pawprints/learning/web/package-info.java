/**
 * The participant's dashboard and the module page: navigation ({@code ModulePage}, the module
 * loaded once per view), the answer form ({@code AnswerForm}) and the quiz ({@code QuizPage}). The
 * couple feature adds its panel to the answer form through {@code AnswerOnScreen} events.
 */
package org.pawprints.learning.web;
