package org.pawprints.couple.application;

import java.time.Instant;

/**
 * A person's one current couple, seen from that person: the couple of the cohort they take part in
 * now, which is also their partner's current couple. {@code since} is when the couple formed:
 * practice shared with the partner (bids, ratings, ticks) counts from then, never from an earlier
 * couple.
 */
public record CurrentCouple(long coupleId, long cohortId, long partnerId, Instant since) {}
