package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pawprints.cohort.application.RosterCouples;
import org.pawprints.couple.domain.CoupleRepository;

/** Gives a cohort's roster its couples (the caller, {@code Rosters}, has checked who asks). */
@ApplicationScoped
public class CouplesOnRoster implements RosterCouples {

  @Inject CoupleRepository couples;

  @Override
  public List<Pair> of(long cohortId) {
    return couples.ofCohort(cohortId).stream()
        .map(c -> new Pair(c.getId(), c.getPersonA(), c.getPersonB()))
        .toList();
  }
}
