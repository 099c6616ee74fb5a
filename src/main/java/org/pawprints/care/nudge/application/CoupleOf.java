package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;

/** The couple a participant belongs to in a cohort, if they are paired. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoupleOf {

  @Inject CoupleRepository couples;

  public Optional<Long> coupleOf(long cohortId, long personId) {
    return couples.ofPersonIn(cohortId, personId).map(Couple::getId);
  }
}
