package org.pawprints.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.cohort.application.Retention;
import org.pawprints.cohort.application.RetentionCandidate;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.RoutinePurge;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Issue 10, rule 10, inside Payara Micro: the retention dry run lists exactly the participants
 * whose every cohort ended before the window (default 12 months), the run anonymises exactly them,
 * and the routine purge clears old audit addresses, old held mail and spent links, and nothing
 * newer.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(RetentionIT.class, ActingAs.class);
  }

  @Inject Retention retention;
  @Inject RoutinePurge purge;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void theDryRunListsExactlyThosePastTheWindowAndTheRunAnonymisesThem() throws Exception {
    LocalDate today = LocalDate.now();
    tx.begin();
    long longAgo = cohortEnding(today.minusMonths(13));
    long lastMonth = cohortEnding(today.minusMonths(1));
    long neverEnds = cohortEnding(null);
    long pastOne = member("past-one", Role.PARTICIPANT, longAgo);
    long pastTwo = member("past-two", Role.PARTICIPANT, longAgo);
    long recent = member("recent", Role.PARTICIPANT, lastMonth);
    long open = member("open", Role.PARTICIPANT, neverEnds);
    long stillIn = member("still-in", Role.PARTICIPANT, longAgo);
    Seed.member(em, lastMonth, stillIn);
    long staff = member("staff", Role.FACILITATOR, longAgo);
    long ada = Seed.person(em, "ada", Role.ADMIN);
    tx.commit();
    Set<Long> ours = Set.of(pastOne, pastTwo, recent, open, stillIn, staff);

    ActingAs.person(recent, Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> retention.dryRun());
    assertThrows(AccessDeniedException.class, () -> retention.anonymiseNow("198.51.100.4"));

    ActingAs.person(ada, Role.ADMIN);
    List<Long> listed =
        retention.dryRun().stream()
            .map(RetentionCandidate::getPersonId)
            .filter(ours::contains)
            .toList();
    assertEquals(List.of(pastOne, pastTwo), listed);
    for (long id : ours) {
      assertFalse(em.find(Person.class, id).isErased(), "a dry run changes nothing");
    }

    assertTrue(retention.anonymiseNow("198.51.100.4") >= 2);
    em.clear();
    assertTrue(em.find(Person.class, pastOne).isErased());
    assertTrue(em.find(Person.class, pastTwo).isErased());
    for (long kept : List.of(recent, open, stillIn, staff)) {
      assertFalse(em.find(Person.class, kept).isErased(), "not past the window: " + kept);
    }
    assertTrue(
        retention.dryRun().stream().noneMatch(c -> ours.contains(c.getPersonId())),
        "once anonymised, nobody of ours is listed again");
    assertEquals(
        2L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM cohort_member WHERE cohort_id = ?1"
                            + " AND person_id IN (?2, ?3)")
                    .setParameter(1, longAgo)
                    .setParameter(2, pastOne)
                    .setParameter(3, pastTwo)
                    .getSingleResult())
            .longValue(),
        "memberships stay, so the cohort's counts still count");
  }

  @Test
  void thePurgeClearsOldAddressesHeldMailAndSpentLinksOnly() throws Exception {
    Instant now = Instant.now();
    tx.begin();
    long person = Seed.person(em, "purged", Role.PARTICIPANT);
    long base = 800_000_000L + person * 10;
    audit(base + 1, now.minus(Duration.ofDays(100)), "203.0.113.100");
    audit(base + 2, now.minus(Duration.ofDays(10)), "203.0.113.10");
    token(base + 3, person, now.plus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(5)));
    token(base + 4, person, now.minus(Duration.ofHours(1)), null);
    token(base + 5, person, now.plus(Duration.ofHours(1)), null);
    mail(base + 6, "HELD", now.minus(Duration.ofDays(40)));
    mail(base + 7, "HELD", now.minus(Duration.ofDays(5)));
    mail(base + 8, "SENT", now.minus(Duration.ofDays(100)));
    tx.commit();

    RoutinePurge.Purged purged = purge.run(now);
    assertTrue(purged.auditAddresses() >= 1 && purged.mail() >= 2 && purged.tokens() >= 2);

    assertNull(value("SELECT client_address FROM audit_event WHERE id = ?1", base + 1));
    assertEquals(
        "203.0.113.10", value("SELECT client_address FROM audit_event WHERE id = ?1", base + 2));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM one_time_token WHERE id IN (?1, ?2)", base + 3, base + 4));
    assertEquals(
        1L, count("SELECT COUNT(*) FROM one_time_token WHERE id IN (?1, ?2)", base + 5, base + 5));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM mail_message WHERE id IN (?1, ?2)", base + 6, base + 8));
    assertNotNull(value("SELECT subject FROM mail_message WHERE id = ?1", base + 7));

    ActingAs.person(person, Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> purge.runNow("198.51.100.5"));
  }

  private long cohortEnding(LocalDate end) {
    long id = Seed.person(em, "cohort-anchor", Role.ADMIN) + 9_500_000;
    Seed.cohort(em, id, "Retention " + id, 10);
    if (end != null) {
      Seed.sql(em, "UPDATE cohort SET ends_on = ?1 WHERE id = ?2", java.sql.Date.valueOf(end), id);
    }
    return id;
  }

  private long member(String who, Role role, long cohort) {
    long id = Seed.person(em, who, role);
    Seed.member(em, cohort, id);
    return id;
  }

  private void audit(long id, Instant at, String address) {
    Seed.sql(
        em,
        "INSERT INTO audit_event (id, occurred_at, event_type, client_address)"
            + " VALUES (?1, ?2, 'LOGIN_FAILED', ?3)",
        id,
        java.sql.Timestamp.from(at),
        address);
  }

  private void token(long id, long person, Instant expires, Instant used) {
    Seed.sql(
        em,
        "INSERT INTO one_time_token (id, purpose, token_hash, person_id, created_at, expires_at)"
            + " VALUES (?1, 'PASSWORD_RESET', ?2, ?3, CURRENT_TIMESTAMP, ?4)",
        id,
        "purge-" + id,
        person,
        java.sql.Timestamp.from(expires));
    if (used != null) {
      Seed.sql(
          em,
          "UPDATE one_time_token SET used_at = ?1 WHERE id = ?2",
          java.sql.Timestamp.from(used),
          id);
    }
  }

  private void mail(long id, String status, Instant created) {
    Seed.sql(
        em,
        "INSERT INTO mail_message (id, recipient, subject, body, status, created_at)"
            + " VALUES (?1, 'someone@pawprints.test', 'Hello', 'Body', ?2, ?3)",
        id,
        status,
        java.sql.Timestamp.from(created));
  }

  private Object value(String sql, long id) {
    return em.createNativeQuery(sql).setParameter(1, id).getSingleResult();
  }

  private long count(String sql, long one, long other) {
    return ((Number)
            em.createNativeQuery(sql).setParameter(1, one).setParameter(2, other).getSingleResult())
        .longValue();
  }
}
