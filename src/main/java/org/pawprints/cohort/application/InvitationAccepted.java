package org.pawprints.cohort.application;

/**
 * Fired inside the transaction in which a person accepted a cohort invitation and became a member,
 * so that other features (pairing with the partner who invited them) act in the same transaction.
 */
public record InvitationAccepted(long invitationId, long cohortId, long personId) {}
