package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;

/**
 * Whom a session's "changed" push goes to: the people who joined it (each has passed {@link
 * LiveAccess} to be there) and the cohort's facilitators. Nobody outside the cohort is ever a
 * recipient, whatever their browser asks. The two are told apart: staff screens fetch at once, the
 * phones spread their fetches (LivePush).
 */
@ApplicationScoped
@Transactional
public class LiveAudience {

  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;

  /**
   * The staff screens (the cohort's facilitators, and anyone present who is not a member: an
   * administrator running the session, whose control and presenter screens call LiveRoom.here) and
   * the participants present. Nobody is in both.
   */
  public record Audience(Set<Long> staff, Set<Long> participants) {

    public static final Audience NOBODY = new Audience(Set.of(), Set.of());
  }

  public Audience of(long sessionId) {
    return sessions.find(sessionId).flatMap(this::of).orElse(Audience.NOBODY);
  }

  /** For the heartbeat: every open session's version and audience. */
  public Map<LiveSession, Audience> openSessions() {
    List<Long> all = cohorts.list(false).stream().map(Cohort::getId).toList();
    return sessions.open(all).stream()
        .collect(Collectors.toMap(s -> s, s -> of(s).orElse(Audience.NOBODY)));
  }

  private Optional<Audience> of(LiveSession session) {
    return cohorts
        .find(session.getCohortId())
        .map(
            cohort -> {
              Set<Long> staff = new HashSet<>(cohort.getFacilitatorIds());
              // The members as a set: a thousand present people checked against a thousand.
              Set<Long> members = new HashSet<>(cohorts.memberIds(cohort.getId()));
              Set<Long> participants = new HashSet<>();
              for (Long person : sessions.peoplePresent(session.getId())) {
                if (staff.contains(person)) {
                  continue;
                }
                (members.contains(person) ? participants : staff).add(person);
              }
              return new Audience(staff, participants);
            });
  }
}
