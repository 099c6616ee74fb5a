package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;

/**
 * Whom a session's "changed" push goes to: the people who joined it (each has passed {@link
 * LiveAccess} to be there) and the cohort's facilitators; for a staff-only change, the facilitators
 * alone. Nobody outside the cohort is ever a recipient, whatever their browser asks.
 */
@ApplicationScoped
@Transactional
public class LiveAudience {

  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;

  public Set<Long> of(long sessionId, boolean staffOnly) {
    return sessions.find(sessionId).map(s -> of(s, staffOnly)).orElse(Set.of());
  }

  /** For the heartbeat: every open session's version and audience. */
  public Map<LiveSession, Set<Long>> openSessions() {
    List<Long> all = cohorts.list(false).stream().map(Cohort::getId).toList();
    return sessions.open(all).stream().collect(Collectors.toMap(s -> s, s -> of(s, false)));
  }

  private Set<Long> of(LiveSession session, boolean staffOnly) {
    Set<Long> people = new HashSet<>();
    Cohort cohort = cohorts.find(session.getCohortId()).orElse(null);
    if (cohort == null) {
      return people;
    }
    people.addAll(cohort.getFacilitatorIds());
    // Someone present who is not a member is staff watching (an administrator running the
    // session: the control and presenter screens call LiveRoom.here), so they get the staff-only
    // pushes too.
    // The members as a set: a thousand present people checked against a thousand members.
    Set<Long> members = staffOnly ? new HashSet<>(cohorts.memberIds(cohort.getId())) : Set.of();
    sessions.peoplePresent(session.getId()).stream()
        .filter(person -> !staffOnly || !members.contains(person))
        .forEach(people::add);
    return people;
  }
}
