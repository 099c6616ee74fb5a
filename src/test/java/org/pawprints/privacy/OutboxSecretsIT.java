package org.pawprints.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.couple.application.Pairing;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.mail.MailMessage;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.mail.MailStatus;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;
import org.pawprints.testing.SentMail;

/**
 * Rule 3 of issue 10, live secrets never reach staff: without SMTP (as in this deployment), every
 * message that carries a live link or code is held with its secret withheld, and the secret is
 * stored nowhere in the outbox, while the person it was for can still use it once it reaches them.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxSecretsIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(OutboxSecretsIT.class, ActingAs.class);
  }

  @Inject PasswordReset reset;
  @Inject Invitations invitations;
  @Inject Pairing pairing;
  @Inject MailOutbox outbox;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;

  @BeforeEach
  void aCohortWithASoloParticipant() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Outbox test", "America/Toronto", "EN");
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aHeldResetMailShowsToWhomAndWhyButNeverItsLink() throws Exception {
    ActingAs.person(cast.ada(), Role.ADMIN);
    String alex = email(cast.alex());
    reset.sendFor(cast.alex(), "t");
    String link = secretLink(SentMail.newestTextTo(alex), "/reset-password.xhtml?token=");

    MailMessage held = newestTo(alex);
    assertEquals(MailStatus.HELD, held.getStatus());
    assertEquals(alex, held.getRecipient());
    assertWithheld(held, link);
    assertTrue(held.getBody().contains("[…]"), held.getBody());
    assertTrue(reset.isUsable(token(link)), "the link still works for the person it is for");
  }

  @Test
  void invitationsAndPartnerCodesAreHeldWithoutTheirSecrets() throws Exception {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    String newcomer = "newcomer-" + UUID.randomUUID() + "@pawprints.test";
    invitations.invite(cast.cohort(), newcomer, "Newcomer", Language.EN, "t");
    String invitationLink = secretLink(SentMail.newestTextTo(newcomer), "/invitation.xhtml?token=");
    assertWithheld(newestTo(newcomer), invitationLink);

    // Ellis, solo, invites a partner who is not in the cohort: a cohort invitation.
    ActingAs.person(cast.ellis(), Role.PARTICIPANT);
    String partner = "partner-" + UUID.randomUUID() + "@pawprints.test";
    pairing.inviteByEmail(cast.cohort(), partner, Language.FR, "t");
    String partnerLink = secretLink(SentMail.newestTextTo(partner), "/invitation.xhtml?token=");
    assertWithheld(newestTo(partner), partnerLink);

    // Then a partner who is in the cohort already: a pairing code and its link.
    tx.begin();
    long solo = Seed.person(em, "solo", Role.PARTICIPANT);
    Seed.member(em, cast.cohort(), solo);
    tx.commit();
    String soloEmail = email(solo);
    pairing.inviteByEmail(cast.cohort(), soloEmail, Language.EN, "t");
    String codeLink = secretLink(SentMail.newestTextTo(soloEmail), "/pair.xhtml?code=");
    String code = token(codeLink);
    MailMessage held = newestTo(soloEmail);
    assertWithheld(held, codeLink);
    assertFalse(
        held.getBody().contains(code.substring(0, 4) + "-" + code.substring(4)),
        "the code as displayed: " + held.getBody());
  }

  /** Nothing the outbox keeps, shown or not, holds the secret. */
  private void assertWithheld(MailMessage message, String link) throws Exception {
    String token = token(link);
    assertFalse(message.getBody().contains(token), "shown text: " + message.getBody());
    assertFalse(message.getSubject().contains(token));
    tx.begin();
    Object kept =
        em.createNativeQuery("SELECT delivery_body FROM mail_message WHERE id = ?1")
            .setParameter(1, message.getId())
            .getSingleResult();
    tx.commit();
    assertNull(kept, "held mail stores no text to send");
    List<?> anywhere =
        em.createNativeQuery(
                "SELECT id FROM mail_message WHERE body LIKE ?1 OR subject LIKE ?1"
                    + " OR delivery_body LIKE ?1")
            .setParameter(1, "%" + token + "%")
            .getResultList();
    assertEquals(List.of(), anywhere, "no stored mail holds the secret");
  }

  private MailMessage newestTo(String recipient) {
    return outbox.newestFirst(0, 50).stream()
        .filter(m -> m.getRecipient().equalsIgnoreCase(recipient))
        .findFirst()
        .orElseThrow();
  }

  private String email(long person) {
    return em.find(Person.class, person).getEmail();
  }

  private static String secretLink(String text, String marker) {
    int at = text.indexOf(marker);
    assertTrue(at > 0, "the recipient's mail has the link: " + text);
    int start = text.lastIndexOf("http", at);
    return text.substring(start).split("\\s")[0];
  }

  private static String token(String link) {
    return link.substring(link.indexOf('=') + 1);
  }
}
