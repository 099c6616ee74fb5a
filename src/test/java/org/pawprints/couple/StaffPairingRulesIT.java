package org.pawprints.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pawprints.cohort.application.EnrollmentImport;
import org.pawprints.cohort.application.InvitationAcceptance;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.cohort.application.JoinCodes;
import org.pawprints.cohort.application.JoinRequests;
import org.pawprints.couple.application.Pairing;
import org.pawprints.couple.application.Partners;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;
import org.pawprints.testing.SentMail;

/**
 * Issue #10, rule 2, tried as someone who wants to break it: staff cannot become, or make, a
 * participant's partner; a pre-paired couple needs both acceptances; a join code signs up only an
 * address its owner confirms.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPairingRulesIT {

  private static final String PASSPHRASE = "a long enough passphrase";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(StaffPairingRulesIT.class, ActingAs.class, Seed.class);
  }

  @Inject Pairing pairing;
  @Inject Partners partners;
  @Inject Invitations invitations;
  @Inject InvitationAcceptance acceptance;
  @Inject EnrollmentImport enrollment;
  @Inject JoinCodes joinCodes;
  @Inject JoinRequests joinRequests;
  @Inject Accounts accounts;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;

  @BeforeEach
  void aCohortWithTwoCouplesASoloParticipantAFacilitatorAndAnAdministrator() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Staff rules " + UUID.randomUUID(), "America/Toronto", "EN");
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aStaffAccountNeverPairsWithAParticipantEvenWhenItIsAMember() throws Exception {
    // An old database may hold a facilitator in a cohort's members: still no partner.
    tx.begin();
    Seed.member(em, cast.cohort(), cast.fran());
    tx.commit();
    ActingAs.person(cast.ellis(), Role.PARTICIPANT);
    String code = pairing.newCode(cast.cohort(), "t").getInvitation().getCode();

    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertEquals("pairing.staffAccount", pairingProblem(() -> pairing.accept(code, "t")));
    assertEquals("pairing.staffAccount", pairingProblem(() -> pairing.newCode(cast.cohort(), "t")));
    assertEquals(
        "pairing.staffAccount",
        pairingProblem(
            () -> pairing.inviteByEmail(cast.cohort(), emailOf(cast.ellis()), Language.EN, "t")));
    assertFalse(partners.arePartners(cast.fran(), cast.ellis()));
    assertEquals(0, count("couple", "person_a = " + cast.fran() + " OR person_b = " + cast.fran()));
  }

  @Test
  void facilitatorsAndAdministratorsCannotJoinWithACode() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    String code = joinCodes.renew(cast.cohort(), "t");
    assertEquals(
        "participant.staffAccount", cohortProblem(() -> joinCodes.joinSignedIn(code, "t")));
    ActingAs.person(cast.ada(), Role.ADMIN);
    assertEquals(
        "participant.staffAccount", cohortProblem(() -> joinCodes.joinSignedIn(code, "t")));
    assertEquals(
        0,
        count(
            "cohort_member",
            "cohort_id = "
                + cast.cohort()
                + " AND person_id IN ("
                + cast.fran()
                + ", "
                + cast.ada()
                + ")"));
  }

  @Test
  void anAdministratorCannotEnrollAStaffAccountAsAParticipant() {
    String franEmail = emailOf(cast.fran());
    ActingAs.person(cast.ada(), Role.ADMIN);
    assertEquals(
        "participant.staffAccount",
        cohortProblem(() -> invitations.invite(cast.cohort(), franEmail, "Fran", null, "t")));
    byte[] csv =
        ("email,name,language,partner_email\n"
                + franEmail
                + ",Fran,en,\nnew-"
                + UUID.randomUUID()
                + "@pawprints.test,New,en,\n")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "csv.row.staffAccount",
        enrollment.preview(cast.cohort(), csv).rows().get(0).problems().get(0));
    assertEquals(1, enrollment.confirm(cast.cohort(), csv, "t").invited());
    assertEquals(0, count("invitation", "email = '" + franEmail + "'"));
  }

  @Test
  void anInvitationAcceptedByAnAccountThatBecameStaffIsRefused() {
    String laterEmail = "later-staff-" + UUID.randomUUID() + "@pawprints.test";
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    invitations.invite(cast.cohort(), laterEmail, null, null, "t");
    String secret = secretIn(mailTo(laterEmail));
    ActingAs.anonymous();
    Person later =
        accounts.create(laterEmail, "Later", Language.EN, PASSPHRASE, Set.of(Role.ADMIN));
    ActingAs.person(later.getId(), Role.ADMIN);
    assertEquals(
        "participant.staffAccount", cohortProblem(() -> acceptance.acceptAsSignedIn(secret, "t")));
    assertEquals(0, count("cohort_member", "person_id = " + later.getId()));
  }

  @Test
  void aPrePairedPartnerWhoNeverAcceptsLeavesTheOtherSolo() {
    String lea = "lea-" + UUID.randomUUID() + "@pawprints.test";
    String max = "max-" + UUID.randomUUID() + "@pawprints.test";
    byte[] csv =
        ("email,name,language,partner_email\n"
                + lea
                + ",Léa,fr,"
                + max
                + "\n"
                + max
                + ",Max,en,"
                + lea
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertEquals(1, enrollment.confirm(cast.cohort(), csv, "t").couples());
    String leaSecret = secretIn(mailTo(lea));
    ActingAs.anonymous();
    assertEquals("Max", acceptance.look(leaSecret).preparedPartner());
    Person leaPerson = acceptance.acceptAsNewPerson(leaSecret, "Léa", Language.FR, PASSPHRASE, "t");
    // Max never accepts: his invitation is revoked, and Léa stays solo.
    long maxInvitation =
        ((Number) one("SELECT id FROM invitation WHERE email = '" + max + "'")).longValue();
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    invitations.revoke(maxInvitation, "t");
    assertEquals(0, count("couple", "person_a = " + leaPerson.getId()));
    assertEquals(0, count("couple", "person_b = " + leaPerson.getId()));
    assertNull(partners.partnerOf(leaPerson.getId()).orElse(null));
  }

  @Test
  void aJoinCodeSignUpWithSomeoneElsesAddressNeverCreatesAnAccount() throws Exception {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    String code = joinCodes.renew(cast.cohort(), "t");
    String victim = "victim-" + UUID.randomUUID() + "@pawprints.test";
    ActingAs.anonymous();
    joinRequests.request(code, victim, "Not the victim", Language.EN, PASSPHRASE, "t");
    assertTrue(accounts.findByEmail(victim).isEmpty(), "nothing exists before the link is opened");
    assertEquals(
        1, count("mail_message", "recipient = '" + victim + "'"), "only the owner is told");
    assertEquals(
        "joinRequest.notUsable",
        cohortProblem(() -> joinRequests.confirm(OneTimeTokens.newSecret(), "t")));
    assertTrue(accounts.findByEmail(victim).isEmpty());

    String secret = secretIn(mailTo(victim));
    assertEquals(
        1,
        count("join_request", "token_hash = '" + OneTimeTokens.hash(secret) + "'"),
        "the link's secret is stored only as its hash");
    // Past its 24 hours the link does nothing.
    tx.begin();
    Seed.sql(
        em,
        "UPDATE join_request SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR"
            + " WHERE email = ?1",
        victim);
    tx.commit();
    assertTrue(joinRequests.look(secret).isEmpty());
    assertEquals("joinRequest.notUsable", cohortProblem(() -> joinRequests.confirm(secret, "t")));
    assertTrue(accounts.findByEmail(victim).isEmpty());
  }

  @Test
  void theOwnerConfirmsOnceAndJoins() {
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    String code = joinCodes.renew(cast.cohort(), "t");
    String owner = "owner-" + UUID.randomUUID() + "@pawprints.test";
    ActingAs.anonymous();
    joinRequests.request(code, owner, "Owner", Language.FR, PASSPHRASE, "t");
    String secret = secretIn(mailTo(owner));
    assertTrue(joinRequests.look(secret).isPresent());
    JoinRequests.Confirmed confirmed = joinRequests.confirm(secret, "t");
    assertEquals(Language.FR, confirmed.language());
    Person person = accounts.findByEmail(owner).orElseThrow();
    assertEquals(
        1,
        count(
            "cohort_member",
            "cohort_id = " + cast.cohort() + " AND person_id = " + person.getId()));
    assertEquals("joinRequest.notUsable", cohortProblem(() -> joinRequests.confirm(secret, "t")));

    // The same address again: no second request, only a mail saying to sign in.
    joinRequests.request(code, owner, "Someone else", Language.EN, "another long passphrase", "t");
    assertEquals(1, count("join_request", "email = '" + owner + "'"));
    assertTrue(mailTo(owner).contains("/login.xhtml"));
  }

  private String emailOf(long person) {
    return em.find(Person.class, person).getEmail();
  }

  /** The newest mail's text as its recipient reads it (the outbox keeps no link: rule 3). */
  private static String mailTo(String email) {
    return SentMail.newestTextTo(email);
  }

  private static String secretIn(String body) {
    int at = body.indexOf("token=");
    return body.substring(at + 6).split("\\s")[0];
  }

  private static String pairingProblem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }

  private static String cohortProblem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }

  private long count(String table, String where) {
    return ((Number) one("SELECT COUNT(*) FROM " + table + " WHERE " + where)).longValue();
  }

  private Object one(String sql) {
    return em.createNativeQuery(sql).getSingleResult();
  }
}
