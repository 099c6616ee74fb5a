package org.pawprints.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;
import org.pawprints.reporting.application.CohortProgress;
import org.pawprints.reporting.application.CohortProgressReport;
import org.pawprints.reporting.application.ModuleCounts;
import org.pawprints.reporting.application.ShownCount;
import org.pawprints.reporting.application.ShownCount.Band;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro, issue 10 rule 6: the counts a facilitator sees never single out a person.
 * Cohorts of 4, 5, 7 and 10 participants, where nobody, a few or everybody started a module; the
 * facilitator tries to learn from the report who did (or did not) do something.
 */
@ExtendWith(ArquillianExtension.class)
class AggregateThresholdIT {

  private static final String STEP = "gentle-start-up";
  private static final String EXERCISE = "rewrite-the-kitchen";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(AggregateThresholdIT.class, ActingAs.class);
  }

  @Inject CohortProgressReport report;
  @Inject Answers answers;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long facilitator;

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void fewerThanFiveParticipantsGetNoCountAtAll() throws Exception {
    long cohort = cohortWith(4, 4, 0);
    CohortProgress progress = reportOf(cohort);
    assertTrue(progress.isTooSmall());
    assertTrue(progress.getModules().isEmpty());
  }

  @Test
  void nearTheThresholdNobodyAndEverybodyAreRangesNeverExact() throws Exception {
    ModuleCounts five = module(reportOf(cohortWith(5, 5, 0)));
    assertEquals(Band.ALMOST_ALL, five.getStarted().getBand(), "5 of 5 is not told exactly");
    assertNull(five.getStarted().getValue(), "nor carried to the page");
    assertEquals(Band.FEW, five.getCompleted().getBand(), "0 of 5");
    assertEquals(Band.FEW, five.getQuizPassed().getBand());

    ModuleCounts oneOfSeven = module(reportOf(cohortWith(7, 1, 0)));
    assertEquals(Band.FEW, oneOfSeven.getStarted().getBand(), "1 of 7 would be one person");
    ModuleCounts threeOfSeven = module(reportOf(cohortWith(7, 3, 0)));
    assertEquals(Band.EXACT, threeOfSeven.getStarted().getBand());
    assertEquals(3L, threeOfSeven.getStarted().getValue());
    ModuleCounts fiveOfSeven = module(reportOf(cohortWith(7, 5, 0)));
    assertEquals(Band.ALMOST_ALL, fiveOfSeven.getStarted().getBand(), "2 left out of 7");
  }

  @Test
  void fromTenParticipantsCountsAreExact() throws Exception {
    ModuleCounts ten = module(reportOf(cohortWith(10, 10, 0)));
    assertEquals(10L, ten.getStarted().getValue());
    assertEquals(0L, ten.getCompleted().getValue());
  }

  @Test
  void couplesAreCountedOnlyFromFiveCouplesAndAsRangesBelowTen() throws Exception {
    ModuleCounts fourCouples = module(reportOf(cohortWith(10, 10, 4)));
    assertEquals(Band.WITHHELD, fourCouples.getCouplesRevealed().getBand());
    ModuleCounts fiveCouples = module(reportOf(cohortWith(10, 10, 5)));
    assertEquals(Band.FEW, fiveCouples.getCouplesRevealed().getBand(), "none of 5 revealed");
    assertNull(fiveCouples.getCouplesRevealed().getValue());
  }

  @Test
  void theRuleItself() {
    assertEquals(Band.WITHHELD, ShownCount.of(0, 4).getBand());
    for (int total = 5; total < 10; total++) {
      assertEquals(Band.FEW, ShownCount.of(0, total).getBand());
      assertEquals(Band.FEW, ShownCount.of(2, total).getBand());
      assertEquals(Band.ALMOST_ALL, ShownCount.of(total, total).getBand());
      assertEquals(Band.ALMOST_ALL, ShownCount.of(total - 2, total).getBand());
    }
    assertEquals(Band.EXACT, ShownCount.of(3, 6).getBand());
    assertEquals(Band.EXACT, ShownCount.of(0, 10).getBand());
  }

  // ----- Helpers -----

  /** A cohort of {@code size} participants; {@code started} of them answered; some couples. */
  private long cohortWith(int size, int started, int couples) throws Exception {
    tx.begin();
    facilitator = Seed.person(em, "fay", Role.FACILITATOR);
    long cohort = facilitator + 5_000_000;
    Seed.cohort(em, cohort, "Counts " + size, 20);
    Seed.facilitator(em, cohort, facilitator);
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      long person = Seed.person(em, "p" + i, Role.PARTICIPANT);
      Seed.member(em, cohort, person);
      people.add(person);
    }
    for (int c = 0; c < couples; c++) {
      Seed.couple(em, cohort + 100 + c, cohort, people.get(2 * c), people.get(2 * c + 1));
    }
    tx.commit();
    for (long person : people.subList(0, started)) {
      ActingAs.person(person, Role.PARTICIPANT);
      answers.save(STEP, EXERCISE, AnswerContent.text("Started"));
    }
    return cohort;
  }

  private CohortProgress reportOf(long cohort) {
    ActingAs.person(facilitator, Role.FACILITATOR);
    return report.of(cohort, Language.EN);
  }

  private static ModuleCounts module(CohortProgress progress) {
    return progress.getModules().stream()
        .filter(m -> m.getSlug().equals(STEP))
        .findFirst()
        .orElseThrow();
  }
}
