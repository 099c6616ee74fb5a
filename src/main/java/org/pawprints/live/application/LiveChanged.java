package org.pawprints.live.application;

/**
 * A session changed and now has this version. {@code staffOnly}: only its facilitators' screens
 * need to refetch (an answer came in: the counts moved; the room's screens did not change).
 */
public record LiveChanged(long sessionId, long version, boolean staffOnly) {}
