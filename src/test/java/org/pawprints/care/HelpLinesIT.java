package org.pawprints.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.care.application.HelpDirectory;
import org.pawprints.care.application.HelpEntry;
import org.pawprints.care.application.HelpLineKeeping;
import org.pawprints.care.domain.HelpLineDraft;
import org.pawprints.care.domain.Region;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: only administrators keep the help page; the shipped defaults come first;
 * moving, hiding and a region filter change what everyone reads; bad input saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HelpLinesIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(HelpLinesIT.class, ActingAs.class);
  }

  @Inject HelpLineKeeping keeping;
  @Inject HelpDirectory directory;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long admin;
  private long participant;

  @BeforeEach
  void anAdministratorAParticipantAndNoYukonEntries() throws Exception {
    tx.begin();
    admin = Seed.person(em, "ada", Role.ADMIN);
    participant = Seed.person(em, "pat", Role.PARTICIPANT);
    Seed.sql(em, "DELETE FROM care_help_line WHERE region = 'YT'");
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  private static HelpLineDraft yukon(String name, String phone) {
    return new HelpLineDraft(
        Region.YT,
        name,
        name + " (fr)",
        "For Yukon",
        "Pour le Yukon",
        phone,
        "",
        "",
        "",
        "",
        "",
        "");
  }

  private List<String> names(Optional<Region> region) {
    return directory.visible(Language.EN, region).stream().map(HelpEntry::getName).toList();
  }

  @Test
  void theShippedDefaultsComeCanadaWideFirstWithCallableLinks() {
    List<HelpEntry> all = directory.visible(Language.FR, Optional.empty());
    assertEquals("Urgences : 911", all.get(0).getName());
    assertEquals("tel:911", all.get(0).getPhoneLink());
    assertEquals(Region.CA, all.get(2).getRegion());
    assertEquals("sheltersafe.ca", all.get(2).getWebLabel());
    List<String> quebec = names(Optional.of(Region.QC));
    assertTrue(quebec.contains("SOS violence conjugale"));
    assertTrue(!quebec.contains("VictimLinkBC"), "another province's line stays out");
    assertEquals("SOS violence conjugale", quebec.get(quebec.size() - 1));
  }

  @Test
  void onlyAnAdministratorMayKeepTheHelpPage() {
    ActingAs.person(participant, Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> keeping.add(yukon("Line", "911")));
    ActingAs.anonymous();
    assertThrows(AccessDeniedException.class, () -> keeping.all(Language.EN));
  }

  @Test
  void anAdministratorAddsMovesAndHidesAndEveryoneReadsTheResult() {
    ActingAs.person(admin, Role.ADMIN);
    long first = keeping.add(yukon("Yukon first", "867-555-0100"));
    long second = keeping.add(yukon("Yukon second", "867-555-0101"));

    keeping.move(second, true);
    List<String> yukon = names(Optional.of(Region.YT));
    assertEquals("Emergencies: 911", yukon.get(0));
    assertEquals(
        List.of("Yukon second", "Yukon first"), yukon.subList(yukon.size() - 2, yukon.size()));

    keeping.setHidden(first, true);
    assertTrue(!names(Optional.of(Region.YT)).contains("Yukon first"));
    assertTrue(
        keeping.all(Language.EN).stream().anyMatch(e -> e.getId() == first && e.isHidden()),
        "administrators still see a hidden entry");

    keeping.change(second, yukon("Yukon renamed", "1-867-555-0102"));
    assertEquals("Yukon renamed (fr)", keeping.draftOf(second).nameFr());
    assertEquals("1-867-555-0102", keeping.draftOf(second).phone());
  }

  @Test
  void everyChangeIsInTheAuditLogWithWhoAndWhat() {
    ActingAs.person(admin, Role.ADMIN);
    long first = keeping.add(yukon("Yukon first", "867-555-0100"));
    long second = keeping.add(yukon("Yukon second", "867-555-0101"));
    keeping.move(second, true);
    keeping.setHidden(first, true);
    keeping.setHidden(first, true); // already hidden: nothing happened, nothing recorded
    keeping.setHidden(first, false);
    keeping.change(second, yukon("Yukon second", "1-867-555-0199"));
    keeping.change(second, yukon("Yukon second", "1-867-555-0199")); // the same: not recorded

    @SuppressWarnings("unchecked")
    List<String> details =
        em.createNativeQuery(
                "SELECT detail FROM audit_event WHERE event_type = 'HELP_PAGE_CHANGED'"
                    + " AND actor_id = ?1 AND occurred_at IS NOT NULL ORDER BY id")
            .setParameter(1, admin)
            .getResultList();
    String a = "help entry " + first + " \"Yukon first\" (YT): ";
    String b = "help entry " + second + " \"Yukon second\" (YT): ";
    assertEquals(
        List.of(
            a + "added",
            b + "added",
            b + "moved up",
            a + "hidden",
            a + "shown again",
            b + "changed phone \"867-555-0101\" -> \"1-867-555-0199\""),
        details);
    ActingAs.person(participant, Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> keeping.setHidden(first, true));
    assertEquals(
        3,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM audit_event WHERE event_type = 'HELP_PAGE_CHANGED'"
                            + " AND detail LIKE ?1")
                    .setParameter(1, "help entry " + first + " %")
                    .getSingleResult())
            .intValue(),
        "a refused change is not recorded");
  }

  @Test
  void aBadEntryIsRefusedWithItsReasonAndNothingIsSaved() {
    ActingAs.person(admin, Role.ADMIN);
    Refusal bad =
        assertThrows(Refusal.class, () -> keeping.add(yukon("<script>x</script>", "911")));
    assertEquals("care.help.invalid.markup", bad.messageKey());
    Refusal noWay = assertThrows(Refusal.class, () -> keeping.add(yukon("Line", "")));
    assertEquals("care.help.invalid.noContact", noWay.messageKey());
    assertTrue(names(Optional.of(Region.YT)).stream().noneMatch(n -> n.contains("script")));
  }
}
