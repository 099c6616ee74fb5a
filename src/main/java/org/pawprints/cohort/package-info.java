/**
 * Cohorts: a group of couples running the workshop together, with dates, facilitators and pacing;
 * how people come in (invitations by mail, CSV enrollment and join codes), rosters, and the couples
 * formed when two pre-paired invitations are accepted.
 */
package org.pawprints.cohort;
