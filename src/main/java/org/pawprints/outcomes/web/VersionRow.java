package org.pawprints.outcomes.web;

import java.io.Serializable;
import java.time.LocalDate;

/** One saved questionnaire version in the administrators' list. */
public record VersionRow(long id, String name, int statements, int scalePoints, LocalDate savedOn)
    implements Serializable {}
