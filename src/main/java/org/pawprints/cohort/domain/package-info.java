/** Cohorts, memberships and invitations, and the rules they keep on their own. */
package org.pawprints.cohort.domain;
