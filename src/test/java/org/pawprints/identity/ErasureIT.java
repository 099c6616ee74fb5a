package org.pawprints.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.AccountErasure;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.notification.application.NotificationSentences;
import org.pawprints.notification.domain.Notification;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.reporting.application.CohortProgressReport;
import org.pawprints.reporting.application.ModuleCounts;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Issue 10, rule 10, inside Payara Micro: after erasure no table holds the person's words, address
 * or name; the partner's own words remain and the partner learns only that the couple ended; the
 * facilitator's counts still count; the audit has the event without words. Only the person (or an
 * administrator, at their request) can erase; only the author clears earlier versions.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(ErasureIT.class, ActingAs.class, PersonActivity.class);
  }

  @Inject AccountErasure erasure;
  @Inject Accounts accounts;
  @Inject Answers answers;
  @Inject CohortProgressReport report;
  @Inject NotificationSentences sentences;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;
  private String alexEmail;
  // Each test seeds new people in the same database: the markers carry their ids.
  private String alexMark;
  private String blairMark;
  private String alexName;

  @BeforeEach
  void twoCouplesWithActivity() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Erasure cohort", "America/Toronto", "EN");
    alexMark = "ALEX" + cast.alex() + "W";
    blairMark = "BLAIR" + cast.blair() + "W";
    alexName = "Alex Erasable " + cast.alex() + "W";
    Seed.sql(em, "UPDATE person SET display_name = ?1 WHERE id = ?2", alexName, cast.alex());
    alexEmail = em.find(Person.class, cast.alex()).getEmail();
    PersonActivity.seed(em, cast.alex(), cast.blair(), cast.cohort(), alexMark);
    PersonActivity.seed(em, cast.blair(), cast.alex(), cast.cohort(), blairMark);
    tx.commit();
    em.clear();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void afterErasureNoTableHoldsMyWordsAddressOrName() {
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    erasure.eraseMine();

    for (String mine :
        List.of(alexMark, alexEmail, alexName, PersonActivity.addressOf(cast.alex()))) {
      assertEquals(List.of(), columnsHolding(mine), "nothing may still hold " + mine);
    }
    assertTrue(accounts.findByEmail(alexEmail).isEmpty(), "the old address signs in nobody");
    Person erased = em.find(Person.class, cast.alex());
    assertTrue(erased.isErased());
    assertFalse(erased.isActive());
    assertNull(erased.getPasswordHash());
    assertTrue(erased.getRoles().isEmpty());
  }

  @Test
  void myPartnersOwnWordsRemainAndTheyLearnOnlyThatWeAreNoLongerPaired() {
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    erasure.eraseMine();

    for (String theirs :
        List.of(
            "ANSWER-" + blairMark,
            "REVISION-" + blairMark,
            "BID-" + blairMark,
            "REPAIR-" + blairMark,
            "CHECKIN-" + blairMark,
            "NOTE-" + blairMark)) {
      assertFalse(columnsHolding(theirs).isEmpty(), "Blair's own words stay: " + theirs);
    }
    assertEquals(
        0L, count("SELECT COUNT(*) FROM couple WHERE person_a = ?1 OR person_b = ?1", cast.alex()));
    List<Notification> bell =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.recipientId = :p"
                    + " AND n.kind = org.pawprints.notification.domain.NotificationKind.PARTNER_LEFT",
                Notification.class)
            .setParameter("p", cast.blair())
            .getResultList();
    assertEquals(1, bell.size(), "one notice: the couple ended");
    Notification last = bell.get(0);
    String sentence = sentences.lines(List.of(last), Language.EN).get(0).getSentence();
    assertFalse(sentence.contains("Erasable"), "the notice names nobody: " + sentence);
    assertEquals(
        "Your partner and you are no longer paired. What you wrote stays yours.", sentence);
  }

  @Test
  void theFacilitatorsCountsStillCount() throws Exception {
    // Ten participants, so that the report shows exact counts (smaller groups get ranges).
    tx.begin();
    for (int i = 0; i < 6; i++) {
      Seed.member(em, cast.cohort(), Seed.person(em, "quiet" + i, Role.PARTICIPANT));
    }
    tx.commit();
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    ModuleCounts before = gentleStartUp();
    assertTrue(before.getStarted().isExact(), "exact counts from ten participants");
    assertTrue(
        before.getStarted().getValue() >= 2 && before.getQuizPassed().getValue() >= 2,
        "seeded progress counts");

    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    erasure.eraseMine();

    ActingAs.person(cast.fran(), Role.FACILITATOR);
    ModuleCounts after = gentleStartUp();
    assertEquals(before.getStarted().getValue(), after.getStarted().getValue());
    assertEquals(before.getCompleted().getValue(), after.getCompleted().getValue());
    assertEquals(before.getQuizPassed().getValue(), after.getQuizPassed().getValue());
    assertEquals(before.getAnsweredShared().getValue(), after.getAnsweredShared().getValue());
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM answer WHERE person_id = ?1 AND erased_complete = TRUE",
            cast.alex()),
        "the erased answer keeps only that it was complete");
  }

  @Test
  void theAuditRecordsTheErasureWithoutWords() {
    ActingAs.person(cast.alex(), Role.PARTICIPANT);
    erasure.eraseMine();
    List<?> events =
        em.createNativeQuery(
                "SELECT actor_email, target_email, client_address, detail FROM audit_event"
                    + " WHERE event_type = 'ACCOUNT_ERASED' AND target_id = ?1")
            .setParameter(1, cast.alex())
            .getResultList();
    assertEquals(1, events.size());
    Object[] event = (Object[]) events.get(0);
    assertNull(event[0]);
    assertNull(event[1]);
    assertNull(event[2]);
    assertEquals("OWN_REQUEST", event[3]);
  }

  @Test
  void anAdministratorErasesOnRequestAndNobodyElseCan() {
    ActingAs.person(cast.blair(), Role.PARTICIPANT);
    assertThrows(
        AccessDeniedException.class, () -> erasure.eraseOnRequest(cast.casey(), "198.51.100.3"));
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertThrows(
        AccessDeniedException.class, () -> erasure.eraseOnRequest(cast.casey(), "198.51.100.3"));
    Refusal staff = assertThrows(Refusal.class, () -> erasure.eraseMine());
    assertEquals("erase.staffAskAdmin", staff.messageKey());
    assertFalse(em.find(Person.class, cast.casey()).isErased());

    ActingAs.person(cast.ada(), Role.ADMIN);
    erasure.eraseOnRequest(cast.casey(), "198.51.100.3");
    em.clear();
    assertTrue(em.find(Person.class, cast.casey()).isErased());
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM audit_event WHERE event_type = 'ACCOUNT_ERASED'"
                + " AND target_id = ?1 AND actor_id = "
                + cast.ada()
                + " AND detail = 'ADMIN_ON_REQUEST' AND target_email IS NULL",
            cast.casey()));
    assertEquals(
        0L,
        count("SELECT COUNT(*) FROM couple WHERE person_a = ?1 OR person_b = ?1", cast.drew()),
        "Casey's partner is no longer paired");
  }

  @Test
  void onlyTheAuthorClearsTheirEarlierVersionsAndTheCurrentTextStays() {
    ActingAs.person(cast.blair(), Role.PARTICIPANT);
    assertEquals(1, answers.revisionCount(PersonActivity.STEP, PersonActivity.EXERCISE));
    assertEquals(1, answers.clearEarlierVersions(PersonActivity.STEP, PersonActivity.EXERCISE));
    assertEquals(0, answers.revisionCount(PersonActivity.STEP, PersonActivity.EXERCISE));
    assertTrue(columnsHolding("REVISION-" + blairMark).isEmpty());
    assertFalse(columnsHolding("ANSWER-" + blairMark).isEmpty(), "the current text stays");
    assertFalse(columnsHolding("REVISION-" + alexMark).isEmpty(), "Alex's versions are Alex's");
  }

  private ModuleCounts gentleStartUp() {
    return report.of(cast.cohort(), Language.EN).getModules().stream()
        .filter(m -> m.getSlug().equals(PersonActivity.STEP))
        .findFirst()
        .orElseThrow();
  }

  private long count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
  }

  /** Every text column of every table, searched for {@code words}: "table.column" where found. */
  private List<String> columnsHolding(String words) {
    @SuppressWarnings("unchecked")
    List<Object[]> columns =
        em.createNativeQuery(
                // H2 names the schema and types in capitals, PostgreSQL in small letters and
                // calls its unbounded text "text".
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE LOWER(TABLE_SCHEMA) = 'public' AND UPPER(DATA_TYPE) IN"
                    + " ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'TEXT')")
            .getResultList();
    assertTrue(columns.size() > 20, "the scan sees the schema's text columns");
    List<String> holding = new ArrayList<>();
    for (Object[] column : columns) {
      String sql =
          "SELECT COUNT(*) FROM \""
              + column[0]
              + "\" WHERE LOWER(CAST(\""
              + column[1]
              + "\" AS VARCHAR)) LIKE ?1";
      Number found =
          (Number)
              em.createNativeQuery(sql)
                  .setParameter(1, "%" + words.toLowerCase(java.util.Locale.ROOT) + "%")
                  .getSingleResult();
      if (found.longValue() > 0) {
        holding.add(column[0] + "." + column[1]);
      }
    }
    return holding;
  }
}
