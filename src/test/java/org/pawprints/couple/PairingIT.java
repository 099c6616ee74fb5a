package org.pawprints.couple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pawprints.cohort.application.InvitationAcceptance;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.couple.application.Couples;
import org.pawprints.couple.application.MyPairing;
import org.pawprints.couple.application.PairLook;
import org.pawprints.couple.application.Paired;
import org.pawprints.couple.application.Pairing;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Partners;
import org.pawprints.couple.application.Reveals;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;
import org.pawprints.testing.SentMail;

/**
 * Inside Payara Micro: inviting a partner by code, link or email, accepting, leaving, and pairing
 * by staff; every refusal with its message; two people racing for one code end with one couple.
 */
@ExtendWith(ArquillianExtension.class)
class PairingIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(PairingIT.class, ActingAs.class);
  }

  @Inject Pairing pairing;
  @Inject Couples couples;
  @Inject Partners partners;
  @Inject Reveals reveals;
  @Inject Answers answers;
  @Inject Invitations invitations;
  @Inject InvitationAcceptance acceptance;
  @Inject MyDataExport export;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  @Resource ManagedExecutorService executor;

  private long cohort;
  private long otherCohort;
  private long alex;
  private long blair;
  private long casey;
  private long drew;
  private long outsider;
  private long fran;
  private long otherFacilitator;
  private String blairEmail;

  @BeforeEach
  void aCohortOfSoloParticipantsAnotherCohortAndTwoFacilitators() throws Exception {
    tx.begin();
    alex = person("alex", Language.EN, Role.PARTICIPANT);
    blair = person("blair", Language.FR, Role.PARTICIPANT);
    casey = person("casey", Language.EN, Role.PARTICIPANT);
    drew = person("drew", Language.EN, Role.PARTICIPANT);
    outsider = person("olive", Language.EN, Role.PARTICIPANT);
    fran = person("fran", Language.EN, Role.FACILITATOR);
    otherFacilitator = person("gus", Language.EN, Role.FACILITATOR);
    blairEmail = em.find(Person.class, blair).getEmail();
    cohort = alex + 8_000_000;
    otherCohort = alex + 8_100_000;
    cohort(cohort, "Pairing spring", 3);
    cohort(otherCohort, "Other group", 10);
    for (long member : new long[] {alex, blair, casey, drew}) {
      member(cohort, member);
    }
    member(otherCohort, outsider);
    Seed.facilitator(em, cohort, fran);
    Seed.facilitator(em, otherCohort, otherFacilitator);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aCodeAcceptedPairsTheTwoAndTellsTheInviter() {
    as(alex);
    MyPairing solo = single(pairing.mine());
    assertFalse(solo.isPaired());
    assertNull(solo.getInvitation());
    String code = pairing.newCode(cohort, "t").getInvitation().getCode();
    assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);
    assertTrue(
        single(pairing.mine())
            .getInvitation()
            .getLink()
            .endsWith("/pair.xhtml?code=" + code.replace("-", "")));

    as(blair);
    PairLook look = pairing.look(code);
    assertEquals("alex", look.getInviterName());
    assertEquals("Pairing spring", look.getCohortName());
    // Read as people type it: lower case, spaces instead of the dash.
    Paired paired = pairing.accept(" " + code.toLowerCase().replace("-", " ") + " ", "t");
    assertEquals("alex", paired.getPartnerName());
    assertEquals("Pairing spring", paired.getCohortName());
    assertTrue(partners.arePartners(alex, blair));
    assertEquals("alex", single(pairing.mine()).getPartnerName());
    as(alex);
    MyPairing mine = single(pairing.mine());
    assertTrue(mine.isPaired());
    assertEquals("blair", mine.getPartnerFirstName());
    assertNull(mine.getInvitation(), "the used code is no longer shown");

    assertEquals(
        1, count("notification", "recipient_id = " + alex + " AND kind = 'PARTNER_JOINED'"));
    assertEquals(
        1,
        count("audit_event", "event_type = 'PARTNER_INVITATION_ACCEPTED' AND actor_id = " + blair));
    assertEquals(1, count("couple", "cohort_id = " + cohort));
  }

  @Test
  void badCodesAreRefusedWithAReason() throws Exception {
    as(alex);
    String first = pairing.newCode(cohort, "t").getInvitation().getCode();
    String second = pairing.newCode(cohort, "t").getInvitation().getCode();
    assertEquals("pairing.ownCode", problem(() -> pairing.accept(second, "t")));

    as(casey);
    assertEquals("pairing.codeRevoked", problem(() -> pairing.accept(first, "t")));
    for (String garbage :
        List.of(
            "",
            "   ",
            "ABC",
            "ABCD-EFG0",
            "<script>alert(1)</script>",
            "🐾🐾🐾🐾🐾🐾🐾🐾",
            "A".repeat(100_000),
            "ZZZZ-ZZZZ")) {
      assertEquals("pairing.unknownCode", problem(() -> pairing.accept(garbage, "t")), garbage);
      assertFalse(pairing.look(garbage).isKnown());
    }
    assertEquals("pairing.unknownCode", problem(() -> pairing.accept(null, "t")));

    as(alex);
    pairing.cancelInvitation(cohort, "t");
    assertNull(single(pairing.mine()).getInvitation());
    as(casey);
    assertEquals("pairing.codeRevoked", problem(() -> pairing.accept(second, "t")));

    as(alex);
    String expiring = pairing.newCode(cohort, "t").getInvitation().getCode().replace("-", "");
    tx.begin();
    sql(
        "UPDATE partner_invitation SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' HOUR"
            + " WHERE code = ?1",
        expiring);
    tx.commit();
    assertNull(single(pairing.mine()).getInvitation(), "an expired code is not offered");
    as(casey);
    assertEquals("pairing.codeExpired", problem(() -> pairing.accept(expiring, "t")));
    assertFalse(pairing.look(expiring).isKnown());

    // A code used once pairs nobody else.
    as(alex);
    String used = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(blair);
    pairing.accept(used, "t");
    as(casey);
    assertEquals("pairing.codeUsed", problem(() -> pairing.accept(used, "t")));
    assertEquals(1, count("couple", "cohort_id = " + cohort));
  }

  @Test
  void nobodyIsInTwoCouplesOfOneCohort() {
    as(alex);
    String alexs = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(casey);
    String caseys = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(blair);
    pairing.accept(alexs, "t");

    // Blair has a partner: Casey's code is refused, and Blair cannot invite anyone.
    assertEquals("pairing.youArePaired", problem(() -> pairing.accept(caseys, "t")));
    assertEquals("pairing.youArePaired", problem(() -> pairing.newCode(cohort, "t")));
    assertEquals(
        "pairing.youArePaired",
        problem(() -> pairing.inviteByEmail(cohort, "someone@pawprints.test", null, "t")));
    // Alex's earlier code was used; a code Alex made before pairing is gone with it.
    as(casey);
    assertEquals("pairing.codeUsed", problem(() -> pairing.accept(alexs, "t")));
    // Inviting a person who already has a partner in the cohort, by mail.
    assertEquals(
        "pairing.partnerAlreadyPaired",
        problem(() -> pairing.inviteByEmail(cohort, blairEmail, null, "t")));

    // Double submit of "accept": the second click finds the work done.
    as(drew);
    Paired once = pairing.accept(caseys, "t");
    Paired twice = pairing.accept(caseys, "t");
    assertEquals(once, twice);
    assertEquals(2, count("couple", "cohort_id = " + cohort));
    assertEquals(
        1, count("notification", "recipient_id = " + casey + " AND kind = 'PARTNER_JOINED'"));
  }

  @Test
  void aPartnerFromAnotherCohortIsToldWhatToDo() {
    as(alex);
    String code = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(outsider);
    assertFalse(pairing.look(code).isKnown(), "a stranger learns nothing from a code");
    Refusal refused = assertThrows(Refusal.class, () -> pairing.accept(code, "t"));
    assertEquals("pairing.notInCohort", refused.messageKey());
    assertEquals("Pairing spring", refused.arguments()[0]);
    // And cannot act in a cohort that is not theirs.
    assertThrows(AccessDeniedException.class, () -> pairing.newCode(cohort, "t"));
    assertThrows(AccessDeniedException.class, () -> couples.leave(cohort, "t"));
    assertThrows(
        AccessDeniedException.class,
        () -> pairing.inviteByEmail(cohort, "x@pawprints.test", null, "t"));
    assertThrows(AccessDeniedException.class, () -> pairing.cancelInvitation(cohort, "t"));
  }

  @Test
  void twoPeopleAcceptingOneCodeAtOnceMakeOneCouple() throws Exception {
    as(alex);
    String code = pairing.newCode(cohort, "t").getInvitation().getCode();
    CyclicBarrier together = new CyclicBarrier(2);
    Future<String> fromCasey = executor.submit(() -> acceptTogether(together, casey, code));
    Future<String> fromDrew = executor.submit(() -> acceptTogether(together, drew, code));
    List<String> outcomes =
        new ArrayList<>(
            List.of(fromCasey.get(30, TimeUnit.SECONDS), fromDrew.get(30, TimeUnit.SECONDS)));
    outcomes.sort(String::compareTo);
    assertEquals(List.of("paired", "pairing.codeUsed"), outcomes);
    assertEquals(1, count("couple", "cohort_id = " + cohort));
    assertEquals(
        1,
        count(
            "couple",
            "cohort_id = " + cohort + " AND (person_a = " + alex + " OR person_b = " + alex + ")"));
    assertEquals(
        1, count("notification", "recipient_id = " + alex + " AND kind = 'PARTNER_JOINED'"));
  }

  private String acceptTogether(CyclicBarrier together, long who, String code) throws Exception {
    ActingAs.personOnThisThread(who, Role.PARTICIPANT);
    try {
      together.await(10, TimeUnit.SECONDS);
      pairing.accept(code, "t");
      return "paired";
    } catch (Refusal problem) {
      return problem.messageKey();
    } finally {
      ActingAs.leaveThisThread();
    }
  }

  @Test
  void aPartnerInTheCohortGetsTheCodeByMailInTheirLanguage() {
    as(alex);
    assertEquals(
        "pairing.ownEmail",
        problem(
            () ->
                pairing.inviteByEmail(
                    cohort, em.find(Person.class, alex).getEmail().toUpperCase(), null, "t")));
    assertEquals(
        "email.invalid", problem(() -> pairing.inviteByEmail(cohort, "not an address", null, "t")));
    assertEquals(
        "email.invalid", problem(() -> pairing.inviteByEmail(cohort, "<script>@x", null, "t")));
    assertEquals(
        Pairing.MailedAs.CODE, pairing.inviteByEmail(cohort, blairEmail, Language.EN, "t"));
    MyPairing mine = single(pairing.mine());
    assertEquals(blairEmail, mine.getInvitation().getEmail());
    String code = mine.getInvitation().getCode();

    String body = mailTo(blairEmail);
    // Blair's account speaks French, whatever the language Alex picked.
    assertTrue(body.startsWith("Bonjour blair"), body);
    assertTrue(body.contains(code), body);
    assertTrue(body.contains("/pair.xhtml?code=" + code.replace("-", "")), body);

    as(blair);
    pairing.accept(code, "t");
    assertTrue(partners.arePartners(alex, blair));
  }

  @Test
  void aNewPartnerSignsUpJoinsAndIsPairedInOneStep() {
    String newcomer = "nina-" + UUID.randomUUID() + "@pawprints.test";
    as(alex);
    assertEquals(
        Pairing.MailedAs.COHORT_INVITATION,
        pairing.inviteByEmail(cohort, newcomer, Language.FR, "t"));
    MyPairing mine = single(pairing.mine());
    assertFalse(mine.getInvitation().isHasCode());
    assertEquals(newcomer, mine.getInvitation().getEmail());
    // The cohort's own rule: one live invitation per address.
    assertEquals(
        "invitation.duplicate",
        problem(
            () -> {
              as(casey);
              pairing.inviteByEmail(cohort, newcomer, null, "t");
            }));

    String body = mailTo(newcomer);
    assertTrue(body.contains("vous invite"), body);
    assertTrue(body.contains("alex"), body);
    String secret = body.substring(body.indexOf("token=") + 6).split("\\s")[0];

    ActingAs.anonymous();
    Person nina =
        acceptance.acceptAsNewPerson(secret, "Nina", Language.FR, "a long enough passphrase", "t");
    assertTrue(partners.arePartners(alex, nina.getId()));
    assertEquals(
        1, count("notification", "recipient_id = " + alex + " AND kind = 'PARTNER_JOINED'"));
    as(alex);
    assertEquals("Nina", single(pairing.mine()).getPartnerName());
  }

  @Test
  void cancellingAnInvitationByMailFreesTheSeatAndStopsTheLink() {
    String newcomer = "nick-" + UUID.randomUUID() + "@pawprints.test";
    as(alex);
    pairing.inviteByEmail(cohort, newcomer, Language.EN, "t");
    String body = mailTo(newcomer);
    String secret = body.substring(body.indexOf("token=") + 6).split("\\s")[0];
    pairing.cancelInvitation(cohort, "t");
    assertEquals(
        "REVOKED", one("SELECT state FROM invitation WHERE email = '" + newcomer + "'").toString());
    ActingAs.anonymous();
    assertEquals(
        "invitation.notUsable",
        assertThrows(
                Refusal.class,
                () ->
                    acceptance.acceptAsNewPerson(
                        secret, "Nick", Language.EN, "a long enough passphrase", "t"))
            .messageKey());
    // The full cohort (3 couples: 4 members, 2 seats) has room again for two more.
    as(alex);
    pairing.inviteByEmail(cohort, "n1-" + UUID.randomUUID() + "@pawprints.test", null, "t");
    as(casey);
    pairing.inviteByEmail(cohort, "n2-" + UUID.randomUUID() + "@pawprints.test", null, "t");
    as(drew);
    assertEquals(
        "cohort.full",
        problem(
            () ->
                pairing.inviteByEmail(
                    cohort, "n3-" + UUID.randomUUID() + "@pawprints.test", null, "t")));
  }

  @Test
  void leavingEndsTheCoupleTellsThePartnerAndKeepsEveryonesWords() {
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text("Alex, answered alone"));
    String code = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(blair);
    answers.save(STEP, SHARED, AnswerContent.text("Blair, answered alone too"));
    assertEquals(PartnerStatus.NO_PARTNER, reveals.partnerStatus(STEP, SHARED));
    pairing.accept(code, "t");
    // Nothing answered while solo is lost: the reveal works on the existing answers.
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(
        "Alex, answered alone", reveals.revealed(STEP, SHARED).orElseThrow().partners().text());

    as(alex);
    couples.leave(cohort, "t");
    assertFalse(partners.arePartners(alex, blair));
    assertFalse(single(pairing.mine()).isPaired());
    assertEquals(PartnerStatus.NO_PARTNER, reveals.partnerStatus(STEP, SHARED));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    assertEquals("Alex, answered alone", answers.mine(STEP).get(SHARED).text());
    as(blair);
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    assertEquals("Blair, answered alone too", answers.mine(STEP).get(SHARED).text());
    assertEquals(
        1, count("notification", "recipient_id = " + blair + " AND kind = 'PARTNER_LEFT'"));
    assertEquals(1, count("audit_event", "event_type = 'COUPLE_LEFT' AND actor_id = " + alex));

    assertEquals("pairing.notPaired", problem(() -> couples.leave(cohort, "t")));
    // Solo again, each can invite anew.
    assertNotNull(pairing.newCode(cohort, "t").getInvitation());
  }

  @Test
  void facilitatorsUnpairOnlyInTheirCohortsAndBothPartnersAreTold() {
    as(casey);
    String code = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(drew);
    pairing.accept(code, "t");
    assertTrue(partners.arePartners(casey, drew));
    long coupleId = ((Number) one("SELECT id FROM couple WHERE cohort_id = " + cohort)).longValue();

    Executable unpair = () -> couples.unpair(cohort, coupleId, "t");
    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    assertThrows(AccessDeniedException.class, unpair);
    as(alex);
    assertThrows(AccessDeniedException.class, unpair);
    // Naming another cohort's couple from one's own cohort finds nothing.
    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    assertEquals("pairing.noSuchCouple", problem(() -> couples.unpair(otherCohort, coupleId, "t")));

    ActingAs.person(fran, Role.FACILITATOR);
    couples.unpair(cohort, coupleId, "t");
    assertFalse(partners.arePartners(casey, drew));
    assertEquals("pairing.noSuchCouple", problem(() -> couples.unpair(cohort, coupleId, "t")));
    assertEquals(
        1, count("notification", "recipient_id = " + casey + " AND kind = 'UNPAIRED_BY_STAFF'"));
    assertEquals(
        1, count("notification", "recipient_id = " + drew + " AND kind = 'UNPAIRED_BY_STAFF'"));
    assertEquals(
        1, count("audit_event", "event_type = 'COUPLE_UNPAIRED_BY_STAFF' AND actor_id = " + fran));
  }

  @Test
  void myDataHoldsMyCoupleAndInvitationsButNoCode() {
    as(alex);
    String code = pairing.newCode(cohort, "t").getInvitation().getCode();
    as(blair);
    pairing.accept(code, "t");
    as(alex);
    JsonObject data = export.export("t");
    assertEquals("blair", data.getJsonArray("couples").getJsonObject(0).getString("partner"));
    assertEquals(
        "Pairing spring", data.getJsonArray("couples").getJsonObject(0).getString("cohort"));
    JsonObject invitation = data.getJsonArray("partnerInvitations").getJsonObject(0);
    assertEquals("ACCEPTED", invitation.getString("state"));
    assertFalse(data.toString().contains(code.replace("-", "")), "no code in the export");
  }

  private static MyPairing single(List<MyPairing> pairings) {
    assertEquals(1, pairings.size());
    return pairings.get(0);
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private static String problem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }

  /** The newest mail to this address, as its recipient reads it (links included). */
  private static String mailTo(String email) {
    return SentMail.newestTextTo(email);
  }

  private long count(String table, String where) {
    return ((Number) one("SELECT COUNT(*) FROM " + table + " WHERE " + where)).longValue();
  }

  private Object one(String sql) {
    return em.createNativeQuery(sql).getSingleResult();
  }

  private long person(String who, Language language, Role role) {
    return Seed.person(em, who, who, language, role);
  }

  private void cohort(long id, String name, int capacity) {
    Seed.cohort(em, id, name, capacity);
  }

  private void member(long cohortId, long person) {
    Seed.member(em, cohortId, person);
  }

  private void sql(String statement, Object... values) {
    Seed.sql(em, statement, values);
  }
}
