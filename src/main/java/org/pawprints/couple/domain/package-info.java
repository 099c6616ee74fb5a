/**
 * Couples (two partners in one cohort), partner invitations (a code, or an invitation into the
 * cohort) and the code's format.
 */
package org.pawprints.couple.domain;
