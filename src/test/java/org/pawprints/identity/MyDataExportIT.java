package org.pawprints.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Issue 10, rule 9, inside Payara Micro: "download my data" holds every kind of my data and none of
 * my partner's: not their address, their client address, nor their words not addressed to me.
 */
@ExtendWith(ArquillianExtension.class)
class MyDataExportIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(
        MyDataExportIT.class, ActingAs.class, PersonActivity.class);
  }

  @Inject MyDataExport export;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long alex;
  private long blair;
  private String blairEmail;
  private String cohortName;

  @BeforeEach
  void aCoupleWithActivityFromBoth() throws Exception {
    tx.begin();
    alex = Seed.person(em, "alex", "Alex Exporter", Language.EN, Role.PARTICIPANT);
    blair = Seed.person(em, "blair", "Blair Partner", Language.EN, Role.PARTICIPANT);
    blairEmail = em.find(Person.class, blair).getEmail();
    long cohort = alex + 9_000_000;
    cohortName = "Export cohort " + alex;
    Seed.cohort(em, cohort, cohortName, 10);
    Seed.member(em, cohort, alex);
    Seed.member(em, cohort, blair);
    Seed.couple(em, alex + 9_100_000, cohort, alex, blair);
    PersonActivity.seed(em, alex, blair, cohort, "ALEX");
    PersonActivity.seed(em, blair, alex, cohort, "BLAIR");
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void holdsEveryKindOfMyData() {
    ActingAs.person(alex, Role.PARTICIPANT);
    JsonObject mine = export.export("203.0.113.9");
    String text = mine.toString();

    for (String words :
        List.of(
            "ANSWER-ALEX",
            "REVISION-ALEX",
            "PICK-ALEX",
            "PLACE-ALEX",
            "BID-ALEX",
            "REPAIR-ALEX",
            "NOTE-ALEX",
            "CHECKIN-ALEX",
            cohortName,
            PersonActivity.addressOf(alex))) {
      assertTrue(text.contains(words), "the export holds " + words);
    }
    assertEquals(1, mine.getJsonArray("answers").size());
    assertEquals(
        "AFTER_REVEAL", mine.getJsonArray("answers").getJsonObject(0).getString("visibility"));
    assertEquals(1, mine.getJsonArray("answerRevisions").size());
    assertEquals(1, mine.getJsonArray("quizAttempts").size());
    assertEquals(
        1, mine.getJsonArray("quizAttempts").getJsonObject(0).getJsonArray("responses").size());
    assertEquals(1, mine.getJsonArray("moduleProgress").size());
    assertEquals(1, mine.getJsonArray("cohorts").size());
    assertEquals(1, mine.getJsonArray("cohortInvitations").size());
    assertEquals(1, mine.getJsonArray("sharedWithFacilitators").size());
    assertEquals(1, mine.getJsonArray("partnerInvitations").size());
    assertEquals(1, mine.getJsonArray("reactionsGiven").size());
    assertEquals(1, mine.getJsonArray("notifications").size());
    assertEquals(1, mine.getJsonArray("ritualTicks").size());
    assertEquals(1, mine.getJsonArray("closenessCheckIns").size());
    assertTrue(mine.getBoolean("closenessSharedWithPartner"));
    assertEquals(1, mine.getJsonArray("mailSentToMe").size());
    assertEquals(1, mine.getJsonArray("couples").size());
  }

  @Test
  void holdsNoneOfMyPartnersDetailsNorTheirWordsNotAddressedToMe() {
    ActingAs.person(alex, Role.PARTICIPANT);
    String text = export.export("203.0.113.9").toString();

    for (String theirs :
        List.of(
            blairEmail,
            PersonActivity.addressOf(blair),
            "ANSWER-BLAIR",
            "REVISION-BLAIR",
            "PICK-BLAIR",
            "PLACE-BLAIR",
            "BID-BLAIR",
            "REPAIR-BLAIR",
            "CHECKIN-BLAIR",
            "MAIL-BLAIR",
            "byPerson")) {
      assertFalse(text.contains(theirs), "the export must not hold " + theirs);
    }
    // A note my partner wrote to me was given to me: it is mine to keep.
    assertTrue(text.contains("NOTE-BLAIR"), "a note addressed to me is mine");
  }

  @Test
  void anEventAboutMeDoneBySomeoneElseDoesNotCarryTheirAddress() throws Exception {
    // Blair's PARTNER_INVITED event names Alex as its target, from Blair's address.
    ActingAs.person(alex, Role.PARTICIPANT);
    JsonObject mine = export.export("203.0.113.9");
    long fromBlair =
        mine.getJsonArray("securityEvents").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("event").equals("PARTNER_INVITED"))
            .filter(e -> e.getString("from").isEmpty())
            .count();
    assertEquals(1, fromBlair, "Blair's invitation of Alex is listed, without Blair's address");
  }
}
