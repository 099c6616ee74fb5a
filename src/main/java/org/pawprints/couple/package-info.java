/**
 * Two partners working side by side: pairing (codes, invitations, staff), shared exercises answered
 * privately then revealed once both have answered, reactions, and each person's choice of who sees
 * an answer. Who may see which answer is decided in one place, {@link
 * org.pawprints.couple.application.AnswerVisibility}; every read of another person's answer goes
 * through it.
 */
package org.pawprints.couple;
