package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.live.domain.LivePresence;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;

/**
 * The couples and people on their own that the facilitator's counts are about: each couple of the
 * cohort with a partner here (or who already did something), and each participant without a couple
 * who is here (or did something).
 */
@ApplicationScoped
public class CoupleUnits {

  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject CoupleRepository couples;

  Clock clock = Clock.systemUTC();

  List<Set<Long>> inTheRoom(LiveSession session, Collection<Long> active) {
    Cohort cohort = cohorts.find(session.getCohortId()).orElseThrow();
    Instant now = clock.instant();
    Set<Long> counted = new HashSet<>(active);
    sessions.presence(session.getId()).stream()
        .filter(p -> p.isHere(now))
        .map(LivePresence::getPersonId)
        .forEach(counted::add);
    counted.retainAll(new HashSet<>(cohorts.memberIds(cohort.getId())));
    List<Set<Long>> units = new ArrayList<>();
    Set<Long> paired = new HashSet<>();
    for (Couple couple : couples.ofCohort(cohort.getId())) {
      paired.add(couple.getPersonA());
      paired.add(couple.getPersonB());
      if (counted.contains(couple.getPersonA()) || counted.contains(couple.getPersonB())) {
        units.add(Set.of(couple.getPersonA(), couple.getPersonB()));
      }
    }
    counted.stream().filter(p -> !paired.contains(p)).forEach(p -> units.add(Set.of(p)));
    return units;
  }
}
