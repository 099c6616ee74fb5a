package org.pawprints.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.cohort.application.CohortPacing;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.application.EnrollmentImport;
import org.pawprints.cohort.application.InvitationAcceptance;
import org.pawprints.cohort.application.InvitationLook;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.cohort.application.JoinCodes;
import org.pawprints.cohort.application.JoinRequests;
import org.pawprints.cohort.application.Roster;
import org.pawprints.cohort.application.Rosters;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortDetails;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.InvitationState;
import org.pawprints.cohort.domain.Pacing;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.SentMail;

/** Inside Payara Micro: cohorts, invitations, couples, rosters and pacing on the real database. */
@ExtendWith(ArquillianExtension.class)
class CohortsIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(CohortsIT.class, ActingAs.class);
  }

  @Inject Cohorts cohorts;
  @Inject Invitations invitations;
  @Inject InvitationAcceptance acceptance;
  @Inject Rosters rosters;
  @Inject CohortPacing pacing;
  @Inject Accounts accounts;
  @Inject EnrollmentImport enrollment;
  @Inject JoinCodes joinCodes;
  @Inject JoinRequests joinRequests;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Person admin;
  private Person facilitator;

  @BeforeEach
  void people() {
    admin = person("admin", Role.ADMIN);
    facilitator = person("fay", Role.FACILITATOR);
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  private Person person(String who, Role... roles) {
    return accounts.create(
        who + "-" + UUID.randomUUID() + "@pawprints.test",
        who,
        Language.EN,
        "a long enough passphrase",
        Set.of(roles));
  }

  private static CohortDetails details(String name, int capacity, Pacing pacing) {
    return new CohortDetails(
        name,
        "Tuesday evenings",
        LocalDate.of(2027, 1, 5),
        LocalDate.of(2027, 2, 23),
        "America/Toronto",
        Language.FR,
        capacity,
        pacing);
  }

  private Cohort cohortFacilitatedByFay(int capacity, Pacing pacing) {
    ActingAs.person(admin.getId(), Role.ADMIN);
    Cohort cohort =
        cohorts.create(details("Printemps " + UUID.randomUUID(), capacity, pacing), "t");
    cohorts.addFacilitator(cohort.getId(), facilitator.getId(), "t");
    return cohort;
  }

  /** The secret of a freshly sent invitation, read from the mail as its recipient gets it. */
  private String secretFor(String email) {
    String body = SentMail.newestTextTo(email);
    int at = body.indexOf("token=");
    return body.substring(at + 6).split("\\s")[0];
  }

  @Test
  void badDetailsAreRefusedWithAReason() {
    ActingAs.person(admin.getId(), Role.ADMIN);
    assertEquals(
        "cohort.nameRequired",
        problem(() -> cohorts.create(details(" ", 5, Pacing.SELF_PACED), "t")));
    assertEquals(
        "cohort.capacityRange",
        problem(() -> cohorts.create(details("x", 0, Pacing.SELF_PACED), "t")));
    CohortDetails backwards =
        new CohortDetails(
            "x",
            null,
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 1, 1),
            "UTC",
            Language.EN,
            3,
            Pacing.SELF_PACED);
    assertEquals("cohort.endsBeforeStart", problem(() -> cohorts.create(backwards, "t")));
    CohortDetails nowhere =
        new CohortDetails("x", null, null, null, "Mars/Olympus", Language.EN, 3, Pacing.SELF_PACED);
    assertEquals("cohort.timeZoneUnknown", problem(() -> cohorts.create(nowhere, "t")));
  }

  @Test
  void archivedCohortsAreReadOnlyAndHiddenByDefault() {
    Cohort cohort = cohortFacilitatedByFay(3, Pacing.SELF_PACED);
    cohorts.archive(cohort.getId(), "t");
    assertFalse(cohorts.visible(false).stream().anyMatch(c -> c.getId().equals(cohort.getId())));
    assertTrue(cohorts.visible(true).stream().anyMatch(c -> c.getId().equals(cohort.getId())));
    assertEquals(
        "cohort.archived",
        problem(() -> cohorts.update(cohort.getId(), details("new", 3, Pacing.SELF_PACED), "t")));
    assertEquals(
        "cohort.archived",
        problem(() -> invitations.invite(cohort.getId(), "x@pawprints.test", null, null, "t")));
  }

  @Test
  void facilitatorsActOnTheirOwnCohortsOnlyAndParticipantsOnNone() {
    Cohort mine = cohortFacilitatedByFay(3, Pacing.SELF_PACED);
    ActingAs.person(admin.getId(), Role.ADMIN);
    Cohort other = cohorts.create(details("Other", 3, Pacing.SELF_PACED), "t");

    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    List<Cohort> visible = cohorts.visible(false);
    assertTrue(visible.stream().anyMatch(c -> c.getId().equals(mine.getId())));
    assertFalse(visible.stream().anyMatch(c -> c.getId().equals(other.getId())));
    rosters.of(mine.getId());
    assertThrows(AccessDeniedException.class, () -> rosters.of(other.getId()));
    assertThrows(AccessDeniedException.class, () -> cohorts.get(other.getId()));
    assertThrows(
        AccessDeniedException.class,
        () -> invitations.invite(other.getId(), "z@pawprints.test", null, null, "t"));
    assertThrows(
        AccessDeniedException.class,
        () -> cohorts.update(mine.getId(), details("mine", 3, Pacing.SELF_PACED), "t"));

    Person pia = person("pia", Role.PARTICIPANT);
    ActingAs.person(pia.getId(), Role.PARTICIPANT);
    assertEquals(List.of(), cohorts.visible(true));
    assertThrows(AccessDeniedException.class, () -> rosters.of(mine.getId()));
  }

  @Test
  void prePairedInvitationsBecomeACoupleWhenBothAccept() throws Exception {
    Cohort cohort = cohortFacilitatedByFay(2, Pacing.FACILITATOR_PACED);
    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    String annie = "annie-" + UUID.randomUUID() + "@pawprints.test";
    Person existingBen = person("ben", Role.PARTICIPANT);
    tx.begin();
    Invitation a = invitations.invite(cohort.getId(), annie, "Annie", Language.FR, "t");
    Invitation b = invitations.invite(cohort.getId(), existingBen.getEmail(), "Ben", null, "t");
    em.find(Invitation.class, a.getId()).pairWith(b.getId());
    em.find(Invitation.class, b.getId()).pairWith(a.getId());
    tx.commit();
    assertEquals(
        "invitation.duplicate",
        problem(() -> invitations.invite(cohort.getId(), annie.toUpperCase(), null, null, "t")));

    String annieSecret = secretFor(annie);
    String benSecret = secretFor(existingBen.getEmail());
    ActingAs.anonymous();
    InvitationLook look = acceptance.look(annieSecret);
    assertTrue(look.usable());
    assertFalse(look.hasAccount());
    assertTrue(acceptance.look(benSecret).hasAccount());
    acceptance.opened(annieSecret);
    assertEquals(InvitationState.OPENED, acceptance.look(annieSecret).state());

    Person newAnnie =
        acceptance.acceptAsNewPerson(
            annieSecret, "Annie", Language.FR, "a long enough passphrase", "t");
    assertEquals(InvitationState.ACCEPTED, acceptance.look(annieSecret).state());
    assertEquals(
        "invitation.notUsable",
        problem(
            () ->
                acceptance.acceptAsNewPerson(
                    annieSecret, "Again", Language.FR, "a long enough passphrase", "t")));

    Person stranger = person("stranger", Role.PARTICIPANT);
    ActingAs.person(stranger.getId(), Role.PARTICIPANT);
    assertEquals(
        "invitation.otherAccount", problem(() -> acceptance.acceptAsSignedIn(benSecret, "t")));
    ActingAs.person(existingBen.getId(), Role.PARTICIPANT);
    acceptance.acceptAsSignedIn(benSecret, "t");

    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    Roster roster = rosters.of(cohort.getId());
    assertEquals(1, roster.couples().size());
    assertEquals(0, roster.solos().size());
    Set<Long> couple =
        Set.of(roster.couples().get(0).first().id(), roster.couples().get(0).second().id());
    assertEquals(Set.of(newAnnie.getId(), existingBen.getId()), couple);

    // Pacing: nothing is open in a facilitator-paced cohort until a facilitator opens it.
    assertFalse(pacing.isOpen(newAnnie.getId(), "gentle-start-up"));
    pacing.open(cohort.getId(), "gentle-start-up", "t");
    assertTrue(pacing.isOpen(newAnnie.getId(), "gentle-start-up"));
    assertFalse(pacing.isOpen(newAnnie.getId(), "repair"));
    assertFalse(pacing.isOpen(stranger.getId(), "gentle-start-up"));
  }

  @Test
  void capacityCountsLiveInvitationsAndRevokingFreesASeat() {
    Cohort cohort = cohortFacilitatedByFay(1, Pacing.SELF_PACED);
    Invitation first =
        invitations.invite(
            cohort.getId(), "one-" + UUID.randomUUID() + "@pawprints.test", null, null, "t");
    invitations.invite(
        cohort.getId(), "two-" + UUID.randomUUID() + "@pawprints.test", null, null, "t");
    assertEquals(
        "cohort.full",
        problem(() -> invitations.invite(cohort.getId(), "three@pawprints.test", null, null, "t")));
    String oldSecret = secretFor(first.getEmail());
    invitations.revoke(first.getId(), "t");
    assertEquals(InvitationState.REVOKED, acceptance.look(oldSecret).state());
    invitations.invite(
        cohort.getId(), "three-" + UUID.randomUUID() + "@pawprints.test", null, null, "t");
    assertEquals("cohort.full", problem(() -> invitations.resend(first.getId(), "t")));
  }

  @Test
  void resendingReplacesTheLink() {
    Cohort cohort = cohortFacilitatedByFay(2, Pacing.SELF_PACED);
    String email = "re-" + UUID.randomUUID() + "@pawprints.test";
    Invitation invitation = invitations.invite(cohort.getId(), email, null, null, "t");
    String old = secretFor(email);
    invitations.resend(invitation.getId(), "t");
    String fresh = secretFor(email);
    assertFalse(acceptance.look(old).usable());
    assertTrue(acceptance.look(fresh).usable());
    assertFalse(acceptance.look("x".repeat(5000)).usable());
  }

  @Test
  void aConfirmedCsvInvitesValidRowsAndPairsPartnersWhoBothAccept() {
    Cohort cohort = cohortFacilitatedByFay(5, Pacing.SELF_PACED);
    String id = UUID.randomUUID().toString();
    String lea = "lea-" + id + "@pawprints.test";
    String max = "max-" + id + "@pawprints.test";
    byte[] csv =
        ("email;name;language;partner_email\n"
                + lea
                + ";Léa;fr;"
                + max
                + "\n"
                + max
                + ";Max;en;"
                + lea
                + "\n"
                + "broken;Nobody;en;\n")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(1, enrollment.preview(cohort.getId(), csv).problemCount());
    assertTrue(rosters.of(cohort.getId()).invitations().isEmpty(), "a preview saves nothing");

    EnrollmentImport.Summary summary = enrollment.confirm(cohort.getId(), csv, "t");
    assertEquals(new EnrollmentImport.Summary(2, 1, 1), summary);
    assertEquals(
        "csv.row.alreadyInvited",
        enrollment.preview(cohort.getId(), csv).rows().get(0).problems().get(0));

    ActingAs.anonymous();
    acceptance.acceptAsNewPerson(
        secretFor(lea), "Léa", Language.FR, "a long enough passphrase", "t");
    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    assertEquals(0, rosters.of(cohort.getId()).couples().size(), "solo until the partner accepts");
    ActingAs.anonymous();
    acceptance.acceptAsNewPerson(
        secretFor(max), "Max", Language.EN, "a long enough passphrase", "t");
    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    assertEquals(1, rosters.of(cohort.getId()).couples().size());
  }

  @Test
  void joinCodesOpenACohortUntilItIsFull() {
    Cohort cohort = cohortFacilitatedByFay(1, Pacing.SELF_PACED);
    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    String code = joinCodes.renew(cohort.getId(), "t");
    ActingAs.anonymous();
    String firstEmail = "j1-" + UUID.randomUUID() + "@pawprints.test";
    joinRequests.request(
        code.toLowerCase(), firstEmail, "J1", Language.EN, "a long enough passphrase", "t");
    joinRequests.confirm(secretFor(firstEmail), "t");
    Person existing = person("j2", Role.PARTICIPANT);
    ActingAs.person(existing.getId(), Role.PARTICIPANT);
    joinCodes.joinSignedIn(code, "t");
    Person late = person("j3");
    ActingAs.person(late.getId());
    assertEquals("join.full", problem(() -> joinCodes.joinSignedIn(code, "t")));
    assertEquals("join.unknownCode", problem(() -> joinCodes.joinSignedIn("NOPE2345", "t")));
    String lateEmail = "j4-" + UUID.randomUUID() + "@pawprints.test";
    ActingAs.anonymous();
    assertEquals(
        "join.full",
        problem(
            () ->
                joinRequests.request(
                    code, lateEmail, "J4", Language.EN, "a long enough passphrase", "t")));
    assertTrue(accounts.findByEmail(lateEmail).isEmpty(), "no account is left behind");

    ActingAs.person(facilitator.getId(), Role.FACILITATOR);
    joinCodes.turnOff(cohort.getId(), "t");
    ActingAs.person(late.getId());
    assertEquals("join.unknownCode", problem(() -> joinCodes.joinSignedIn(code, "t")));
  }

  private static String problem(Runnable action) {
    return assertThrows(Refusal.class, action::run).messageKey();
  }
}
