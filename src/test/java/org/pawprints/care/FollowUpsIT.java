package org.pawprints.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.api.function.Executable;
import org.pawprints.care.application.FollowUpLine;
import org.pawprints.care.application.FollowUps;
import org.pawprints.care.domain.FollowUpReason;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: the follow-up list keeps one open item per person and reason, and only the
 * cohort's facilitators and administrators read it or mark items done; a participant, the person it
 * is about included, and a facilitator of another cohort never do.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpsIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(FollowUpsIT.class, ActingAs.class);
  }

  @Inject FollowUps followUps;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private long otherFacilitator;

  @BeforeEach
  void twoCouplesTheirFacilitatorAndAnother() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Follow-ups test", "America/Toronto", "EN");
    otherFacilitator = Seed.person(em, "gale", Role.FACILITATOR);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void openingTwiceKeepsOneOpenItemPerPersonAndReason() {
    followUps.openAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.PRIVATE_CHECK_IN);
    followUps.openAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.PRIVATE_CHECK_IN);
    followUps.openAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.INACTIVE);
    long couple = cast.alex() + 9_200_000;
    followUps.openAboutCouple(cast.cohort(), couple, FollowUpReason.BEHIND_PACE);
    followUps.openAboutCouple(cast.cohort(), couple, FollowUpReason.BEHIND_PACE);

    ActingAs.person(cast.fran(), Role.FACILITATOR);
    List<FollowUpLine> open = followUps.open(cast.cohort());
    assertEquals(3, open.size());
    FollowUpLine first = open.get(0);
    assertEquals(FollowUpReason.PRIVATE_CHECK_IN, first.getReason());
    assertEquals(name(cast.alex()), first.getWho());
    assertTrue(open.get(2).isCouple());
    assertEquals(name(cast.casey()), open.get(2).getWho());
    assertEquals(name(cast.drew()), open.get(2).getPartner());
  }

  @Test
  void doneWithAPrivateNoteThenReopenedThenOpenedAfresh() {
    followUps.openAboutPerson(cast.cohort(), cast.blair(), FollowUpReason.PRIVATE_CHECK_IN);
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    long item = followUps.open(cast.cohort()).get(0).getId();
    followUps.markDone(item, "  Called, all well for now.  ");
    assertTrue(followUps.open(cast.cohort()).isEmpty());
    FollowUpLine done = followUps.recentlyDone(cast.cohort()).get(0);
    assertEquals("Called, all well for now.", done.getNote());
    assertEquals(name(cast.fran()), done.getDoneBy());
    assertEquals("followUp.alreadyDone", problem(() -> followUps.markDone(item, "")));

    // Asked again: a new open item, while the done one keeps its note.
    followUps.openAboutPerson(cast.cohort(), cast.blair(), FollowUpReason.PRIVATE_CHECK_IN);
    assertEquals(1, followUps.open(cast.cohort()).size());
    assertEquals("followUp.alreadyOpen", problem(() -> followUps.reopen(item)));
    followUps.markDone(followUps.open(cast.cohort()).get(0).getId(), null);
    followUps.reopen(item);
    assertEquals(1, followUps.open(cast.cohort()).size());
    assertEquals(item, followUps.open(cast.cohort()).get(0).getId());
    assertEquals("followUp.noteTooLong", problem(() -> followUps.markDone(item, "a".repeat(1001))));
    assertEquals(1, followUps.open(cast.cohort()).size());
  }

  @Test
  void onlyTheCohortsFacilitatorsAndAdministratorsReadOrChangeTheList() {
    followUps.openAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.PRIVATE_CHECK_IN);
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    long item = followUps.open(cast.cohort()).get(0).getId();

    for (long participant : new long[] {cast.alex(), cast.blair(), cast.ellis()}) {
      ActingAs.person(participant, Role.PARTICIPANT);
      refusedEverywhere(item);
    }
    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    refusedEverywhere(item);
    // A role taken from the sign-in alone counts for nothing: the database grants alex none.
    ActingAs.person(cast.alex(), Role.FACILITATOR);
    refusedEverywhere(item);
    ActingAs.anonymous();
    refusedEverywhere(item);

    ActingAs.person(cast.ada(), Role.ADMIN);
    assertEquals(1, followUps.open(cast.cohort()).size());
    followUps.markDone(item, "admin looked");
    assertEquals(0, followUps.open(cast.cohort()).size());
    assertEquals("followUp.unknown", problem(() -> followUps.markDone(Long.MAX_VALUE - 7, "")));
  }

  @Test
  void theServiceThatOpenedAnItemMayClearItWhenTheReasonGoesAway() {
    long couple = cast.alex() + 9_200_000;
    followUps.openAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.INACTIVE);
    followUps.openAboutCouple(cast.cohort(), couple, FollowUpReason.BEHIND_PACE);
    followUps.clearAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.INACTIVE);
    followUps.clearAboutPerson(cast.cohort(), cast.blair(), FollowUpReason.INACTIVE);
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertEquals(1, followUps.open(cast.cohort()).size());
    FollowUpLine cleared = followUps.recentlyDone(cast.cohort()).get(0);
    assertEquals("", cleared.getDoneBy());
    assertEquals("", cleared.getNote());
    followUps.clearAboutCouple(cast.cohort(), couple, FollowUpReason.BEHIND_PACE);
    assertTrue(followUps.open(cast.cohort()).isEmpty());
    // Inactive again later: a new item.
    followUps.openAboutPerson(cast.cohort(), cast.alex(), FollowUpReason.INACTIVE);
    assertEquals(1, followUps.open(cast.cohort()).size());
  }

  @Test
  void onlyMembersAndCouplesOfTheCohortGoOnItsList() {
    assertEquals(
        "followUp.notInCohort",
        problem(
            () ->
                followUps.openAboutPerson(
                    cast.cohort(), cast.fran(), FollowUpReason.PRIVATE_CHECK_IN)));
    assertEquals(
        "followUp.notInCohort",
        problem(() -> followUps.openAboutCouple(cast.cohort(), 424_242L, FollowUpReason.INACTIVE)));
  }

  private void refusedEverywhere(long item) {
    denied(() -> followUps.open(cast.cohort()));
    denied(() -> followUps.recentlyDone(cast.cohort()));
    denied(() -> followUps.markDone(item, "x"));
    denied(() -> followUps.reopen(item));
  }

  private static void denied(Executable call) {
    assertThrows(AccessDeniedException.class, call);
  }

  private static String problem(Executable call) {
    Throwable thrown = assertThrows(RuntimeException.class, call);
    return Refusal.in(thrown).orElseThrow(() -> new AssertionError(thrown)).messageKey();
  }

  private String name(long person) {
    return (String)
        em.createNativeQuery("SELECT display_name FROM person WHERE id = ?1")
            .setParameter(1, person)
            .getSingleResult();
  }
}
