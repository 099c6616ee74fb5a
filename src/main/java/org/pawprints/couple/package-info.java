/**
 * Two partners working side by side. For now: shared exercises answered privately, then revealed to
 * the partner once both have answered. Who may see which answer is decided in one place, {@link
 * org.pawprints.couple.application.AnswerVisibility}; every read of another person's answer goes
 * through it.
 */
package org.pawprints.couple;
