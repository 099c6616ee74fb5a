/**
 * Caller-scoped learning services: answers (saved, revised, completed), quizzes, progress, and
 * which modules are open to me. Events ({@code AnswerCompleted}, {@code ModuleCompleted}, {@code
 * AnswerOnScreen}, {@code AnswerWithdrawn}) let later features follow without learning knowing
 * them.
 */
package org.pawprints.learning.application;
