package org.pawprints.live.application;

import java.time.LocalDateTime;

/** A session in a cohort's list, its start in the cohort's time zone. */
public record SessionLine(
    long id, String title, LocalDateTime startsAt, String stateName, String joinCode) {}
