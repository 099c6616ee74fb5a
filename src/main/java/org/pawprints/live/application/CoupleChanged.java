package org.pawprints.live.application;

import java.util.Set;

/**
 * Something inside one couple changed (an answer marked done, the floor passed, a consent, a
 * pause): the couple's phones and the facilitators' counts refetch; nobody else's screen needs to.
 */
public record CoupleChanged(long sessionId, long version, Set<Long> people) {}
