/** Counts of a cohort's progress (never a row about one person) and facilitator-shared answers. */
package org.pawprints.reporting.application;
