/** Ticks, planned frequencies, and the arithmetic of weeks and streaks (no database, no clock). */
package org.pawprints.ritual.domain;
