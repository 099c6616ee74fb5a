package org.pawprints.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.couple.application.Pairing;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Rule 12, inside Payara Micro: nobody can use Pawprints to fill a person's mailbox. A stranger
 * asking for password resets again and again gets the same answer every time, and the person
 * receives three links an hour at most; a participant sends five partner invitations an hour at
 * most, and the sixth is refused with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class MailRateLimitIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(MailRateLimitIT.class, ActingAs.class);
  }

  @Inject PasswordReset reset;
  @Inject Pairing pairing;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long cohort;
  private long alex;
  private long blair;
  private String alexEmail;

  @BeforeEach
  void twoParticipantsOfOneRoomyCohort() throws Exception {
    tx.begin();
    alex = Seed.person(em, "alex", "Alex", Language.EN, Role.PARTICIPANT);
    blair = Seed.person(em, "blair", "Blair", Language.FR, Role.PARTICIPANT);
    alexEmail = em.find(Person.class, alex).getEmail();
    cohort = alex + 9_000_000;
    Seed.cohort(em, cohort, "Roomy", 50);
    Seed.member(em, cohort, alex);
    Seed.member(em, cohort, blair);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aStrangerAskingForResetsAgainAndAgainSendsThreeLinksAnHour() {
    ActingAs.anonymous();
    for (int i = 0; i < 6; i++) {
      // The same answer each time, for a known address as for an unknown one: no exception.
      reset.request(alexEmail, "203.0.113.7");
      reset.request("nobody-" + UUID.randomUUID() + "@pawprints.test", "203.0.113.7");
    }
    assertEquals(3, mailsTo(alexEmail));
  }

  @Test
  void theSixthPartnerInvitationWithinAnHourIsRefusedWithAReason() {
    ActingAs.person(alex, Role.PARTICIPANT);
    for (int i = 0; i < 5; i++) {
      pairing.inviteByEmail(cohort, newcomer(), Language.EN, "t");
    }
    String sixth = newcomer();
    Refusal refused =
        assertThrows(Refusal.class, () -> pairing.inviteByEmail(cohort, sixth, Language.EN, "t"));
    assertEquals("pairing.tooManyInvitations", refused.messageKey());
    assertEquals(0, mailsTo(sixth));

    // The limit is Alex's own: Blair invites as usual.
    ActingAs.person(blair, Role.PARTICIPANT);
    pairing.inviteByEmail(cohort, sixth, Language.FR, "t");
    assertEquals(1, mailsTo(sixth));
  }

  private static String newcomer() {
    return "newcomer-" + UUID.randomUUID() + "@pawprints.test";
  }

  private long mailsTo(String email) {
    return em.createQuery("SELECT COUNT(m) FROM MailMessage m WHERE m.recipient = :r", Long.class)
        .setParameter("r", email)
        .getSingleResult();
  }
}
