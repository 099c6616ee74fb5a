/**
 * What facilitators and administrators learn about a cohort's progress: counts only, never a word a
 * participant wrote and never a row about one person. Whether a couple has seen each other's
 * answers is asked of {@link org.pawprints.couple.application.AnswerVisibility}, the one rule.
 */
package org.pawprints.reporting;
