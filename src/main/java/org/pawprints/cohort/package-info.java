/**
 * Cohorts: a group of couples running the workshop together, with dates, facilitators and pacing;
 * how people come in (invitations by mail, CSV enrollment and join codes, pre-paired invitations)
 * and rosters. Couples themselves belong to {@code couple}, which fills in the roster's couples
 * ({@code RosterCouples}) and pairs pre-paired invitations once both are accepted.
 */
package org.pawprints.cohort;
