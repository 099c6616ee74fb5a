package org.pawprints.couple.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pawprints.testing.QueryPlans;

/**
 * The couple read runs on every page view and every live refresh: it looks the couple up by its
 * keys, whichever partner asks, and never reads the cohort's other couples.
 */
class PartnersPlanTest {

  @Test
  void theCoupleReadLooksTheCoupleUpWhicheverPartnerAsks() throws Exception {
    for (long partner : new long[] {QueryPlans.SOMEONE, QueryPlans.SOMEONE + 1}) {
      int read = QueryPlans.mostRowsRead(Partners.COUPLE_IN, QueryPlans.COHORT, partner);
      assertTrue(
          read <= 3,
          "the couple read of person "
              + partner
              + " read "
              + read
              + " rows of one table, in a cohort of "
              + QueryPlans.COUPLES
              + " couples");
    }
  }
}
