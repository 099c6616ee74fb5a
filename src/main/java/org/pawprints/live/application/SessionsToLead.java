package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.LiveRepository;

/**
 * The live sessions a facilitator leads and has not ended yet, for the facilitator's home: session
 * 6's trial found that page saying "Your cohorts and live sessions will appear here" above nothing
 * but a link, on the day of a session.
 */
@ApplicationScoped
@Transactional
public class SessionsToLead {

  /** A session to lead: its start in its cohort's time zone. */
  public record Line(
      long id, String title, String cohortName, LocalDateTime startsAt, String stateName) {}

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;

  /** The sessions of the cohorts I facilitate, not ended yet, soonest first. */
  public List<Line> mine() {
    Map<Long, Cohort> mine =
        cohorts.facilitatedBy(access.me(), false).stream()
            .collect(Collectors.toMap(Cohort::getId, Function.identity()));
    return sessions.notEnded(mine.keySet()).stream()
        .map(
            s -> {
              Cohort cohort = mine.get(s.getCohortId());
              return new Line(
                  s.getId(),
                  s.getTitle(),
                  cohort.getName(),
                  s.getStartsAt().atZone(ZoneId.of(cohort.getTimeZone())).toLocalDateTime(),
                  s.getState().name());
            })
        .toList();
  }
}
