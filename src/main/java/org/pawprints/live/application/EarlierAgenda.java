package org.pawprints.live.application;

import java.time.LocalDateTime;

/** A session whose agenda a facilitator may copy, its start in its cohort's time zone. */
public record EarlierAgenda(
    long id, String title, String cohortName, LocalDateTime startsAt, int activities) {}
