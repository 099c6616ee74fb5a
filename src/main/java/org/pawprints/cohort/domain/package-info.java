/** Cohorts, memberships, invitations and couples, and the rules they keep on their own. */
package org.pawprints.cohort.domain;
