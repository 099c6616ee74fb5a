/**
 * Use cases on cohorts: creating and archiving them, inviting and accepting, rosters and pacing.
 * Every operation checks {@link org.pawprints.identity.application.AccessPolicy} and records an
 * audit event.
 */
package org.pawprints.cohort.application;
