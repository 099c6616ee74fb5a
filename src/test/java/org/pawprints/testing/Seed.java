package org.pawprints.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.persistence.InstantConverter;

/**
 * Test data for in-container tests, written straight to the database inside the caller's
 * transaction: people, cohorts, members and couples, as the features would leave them. Every
 * in-container deployment carries it (see {@link PawprintsDeployment}).
 */
public final class Seed {

  private Seed() {}

  /** A person with a unique email ({@code who-<uuid>@pawprints.test}) and one role. */
  public static long person(
      EntityManager em, String who, String displayName, Language language, Role role) {
    Person person =
        new Person(
            who + "-" + UUID.randomUUID() + "@pawprints.test", displayName, language, Set.of(role));
    em.persist(person);
    em.flush();
    return person.getId();
  }

  public static long person(EntityManager em, String who, Role role) {
    return person(em, who, who, Language.EN, role);
  }

  /** A self-paced cohort in Toronto's time zone. */
  public static void cohort(EntityManager em, long id, String name, int capacity) {
    cohort(em, id, name, capacity, "America/Toronto");
  }

  /** A self-paced English cohort in the given time zone. */
  public static void cohort(EntityManager em, long id, String name, int capacity, String zone) {
    sql(
        em,
        "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
            + " created_at) VALUES (?1, ?2, ?3, 'EN', ?4, 'SELF_PACED', FALSE,"
            + " CURRENT_TIMESTAMP)",
        id,
        name,
        zone,
        capacity);
  }

  public static void member(EntityManager em, long cohortId, long person) {
    sql(
        em,
        "INSERT INTO cohort_member (cohort_id, person_id, joined_at)"
            + " VALUES (?1, ?2, CURRENT_TIMESTAMP)",
        cohortId,
        person);
  }

  /** Each of the people joined the cohort now. */
  public static void members(EntityManager em, long cohortId, long... people) {
    for (long person : people) {
      member(em, cohortId, person);
    }
  }

  /** A member who joined some days ago. */
  public static void memberSince(EntityManager em, long cohortId, long person, int daysAgo) {
    sql(
        em,
        "INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES (?1, ?2, ?3)",
        cohortId,
        person,
        OffsetDateTime.now().minusDays(daysAgo));
  }

  /** The person is listed as one of the cohort's facilitators. */
  public static void facilitator(EntityManager em, long cohortId, long person) {
    sql(
        em,
        "INSERT INTO cohort_facilitator (cohort_id, person_id) VALUES (?1, ?2)",
        cohortId,
        person);
  }

  /** Two members of a cohort paired, as pairing or pre-pairing leaves them. */
  public static void couple(EntityManager em, long id, long cohortId, long a, long b) {
    sql(
        em,
        "INSERT INTO couple (id, cohort_id, person_a, person_b, created_at)"
            + " VALUES (?1, ?2, ?3, ?4, CURRENT_TIMESTAMP)",
        id,
        cohortId,
        a,
        b);
  }

  /**
   * One native statement with positional parameters ?1, ?2, ... An {@code Instant} is bound as it
   * is stored ({@link InstantConverter#stored}).
   */
  public static void sql(EntityManager em, String statement, Object... values) {
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      query.setParameter(
          i + 1, value instanceof Instant instant ? InstantConverter.stored(instant) : value);
    }
    query.executeUpdate();
  }

  /** The cast most couple tests need: who is who in {@link #twoCouples}. */
  public record TwoCouples(
      long alex, long blair, long casey, long drew, long ellis, long fran, long ada, long cohort) {}

  /**
   * One self-paced cohort with two couples (alex and blair, casey and drew), a solo participant
   * (ellis), its facilitator (fran), and an administrator (ada) outside it.
   */
  public static TwoCouples twoCouples(
      EntityManager em, String cohortName, String timeZone, String language) {
    long alex = person(em, "alex", Role.PARTICIPANT);
    long blair = person(em, "blair", Role.PARTICIPANT);
    long casey = person(em, "casey", Role.PARTICIPANT);
    long drew = person(em, "drew", Role.PARTICIPANT);
    long ellis = person(em, "ellis", Role.PARTICIPANT);
    long fran = person(em, "fran", Role.FACILITATOR);
    long ada = person(em, "ada", Role.ADMIN);
    long cohort = alex + 9_000_000;
    sql(
        em,
        "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
            + " created_at) VALUES (?1, ?2, ?3, ?4, 10, 'SELF_PACED', FALSE, CURRENT_TIMESTAMP)",
        cohort,
        cohortName,
        timeZone,
        language);
    members(em, cohort, alex, blair, casey, drew, ellis);
    facilitator(em, cohort, fran);
    couple(em, alex + 9_100_000, cohort, alex, blair);
    couple(em, alex + 9_200_000, cohort, casey, drew);
    return new TwoCouples(alex, blair, casey, drew, ellis, fran, ada, cohort);
  }
}
