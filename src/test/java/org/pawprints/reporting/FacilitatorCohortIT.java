package org.pawprints.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;
import org.pawprints.reporting.application.SharedAnswer;
import org.pawprints.reporting.application.SharedWithFacilitators;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro, issue 10 rule 8: sharing an answer with "my facilitator" is sharing with the
 * facilitators of the cohort the answer was given in. Alex takes part in a spring group
 * (facilitated by Fay) and later in an autumn group (facilitated by Gus). Each facilitator tries to
 * read what Alex shared with the other: on the shared-answers list and through the rule.
 */
@ExtendWith(ArquillianExtension.class)
class FacilitatorCohortIT {

  private static final String STEP = "gentle-start-up";
  private static final String EXERCISE = "rewrite-the-kitchen";
  private static final String FOR_FAY = "Alex for the spring group only";
  private static final String FOR_GUS = "Alex for the autumn group only";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(FacilitatorCohortIT.class, ActingAs.class);
  }

  @Inject SharedWithFacilitators shared;
  @Inject AnswerSharing sharing;
  @Inject AnswerVisibility visibility;
  @Inject Answers answers;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long alex;
  private long fay;
  private long gus;
  private long spring;
  private long autumn;

  @BeforeEach
  void alexInASpringGroupSharesAnAnswerWithFay() throws Exception {
    tx.begin();
    alex = Seed.person(em, "alex", Role.PARTICIPANT);
    fay = Seed.person(em, "fay", Role.FACILITATOR);
    gus = Seed.person(em, "gus", Role.FACILITATOR);
    spring = alex + 6_000_000;
    autumn = spring + 1;
    Seed.cohort(em, spring, "Spring group", 10);
    Seed.cohort(em, autumn, "Autumn group", 10);
    joined(spring, alex, 90);
    Seed.facilitator(em, spring, fay);
    Seed.facilitator(em, autumn, gus);
    tx.commit();
    as(alex);
    answers.save(STEP, EXERCISE, AnswerContent.text(FOR_FAY));
    sharing.shareWithFacilitators(STEP, EXERCISE, true);
    assertEquals(List.of(FOR_FAY), textsFor(fay, spring));
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aFacilitatorOfALaterCohortDoesNotReadWhatWasSharedWithAnEarlierOne() throws Exception {
    joinAutumn();
    assertTrue(textsFor(gus, autumn).isEmpty(), "shared with Fay, in the spring");
    assertFalse(visibility.maySee(gus, answer()));
    assertEquals(List.of(FOR_FAY), textsFor(fay, spring), "still Fay's to read");
    as(alex);
    assertFalse(sharing.isSharedWithFacilitators(STEP, EXERCISE), "not with Gus yet");
  }

  @Test
  void whatIsSharedInTheLaterCohortReachesOnlyItsFacilitators() throws Exception {
    joinAutumn();
    as(alex);
    answers.save(STEP, EXERCISE, AnswerContent.text(FOR_GUS));
    // Saved in the autumn group, but the share was made in the spring: Gus reads nothing until Alex
    // chooses to share it with the autumn group's facilitators, and Fay loses it.
    assertTrue(textsFor(gus, autumn).isEmpty());
    assertTrue(textsFor(fay, spring).isEmpty(), "the answer is now given in the autumn group");
    as(alex);
    sharing.shareWithFacilitators(STEP, EXERCISE, true);
    assertEquals(List.of(FOR_GUS), textsFor(gus, autumn));
    assertTrue(visibility.maySee(gus, answer()));
    assertTrue(textsFor(fay, spring).isEmpty(), "Fay facilitates another cohort of Alex's");
    assertFalse(visibility.maySee(fay, answer()));
  }

  @Test
  void aFacilitatorOfBothCohortsReadsOnlyThroughTheCohortItWasSharedIn() throws Exception {
    joinAutumn();
    tx.begin();
    Seed.facilitator(em, autumn, fay);
    tx.commit();
    assertTrue(textsFor(fay, autumn).isEmpty());
    assertEquals(List.of(FOR_FAY), textsFor(fay, spring));
  }

  // ----- Helpers -----

  private void joinAutumn() throws Exception {
    tx.begin();
    joined(autumn, alex, 0);
    tx.commit();
  }

  private List<String> textsFor(long facilitator, long cohort) {
    ActingAs.person(facilitator, Role.FACILITATOR);
    try {
      return shared.in(cohort, Language.EN).stream().map(SharedAnswer::getText).toList();
    } finally {
      ActingAs.anonymous();
    }
  }

  private Answer answer() {
    em.clear();
    return em.createNamedQuery("Answer.mineFor", Answer.class)
        .setParameter("person", alex)
        .setParameter("step", STEP)
        .setParameter("exercise", EXERCISE)
        .getSingleResult();
  }

  private void joined(long cohort, long person, int daysAgo) {
    Seed.memberSince(em, cohort, person, daysAgo);
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }
}
