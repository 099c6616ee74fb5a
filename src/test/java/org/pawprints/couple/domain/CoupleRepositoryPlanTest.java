package org.pawprints.couple.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pawprints.testing.QueryPlans;

/**
 * A person's couple in a cohort (pairing, the partner card, nudges) is looked up, not searched for.
 */
class CoupleRepositoryPlanTest {

  @Test
  void aPersonsCoupleIsLookedUpWhicheverPartnerAsks() throws Exception {
    for (long partner : new long[] {QueryPlans.SOMEONE, QueryPlans.SOMEONE + 1}) {
      int read =
          QueryPlans.mostRowsRead(CoupleRepository.OF_PERSON_IN_COHORT, QueryPlans.COHORT, partner);
      assertTrue(
          read <= 2, "the couple of person " + partner + " read " + read + " rows of one table");
    }
  }
}
