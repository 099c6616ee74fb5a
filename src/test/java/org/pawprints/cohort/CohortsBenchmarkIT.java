package org.pawprints.cohort;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.administration.application.PeopleDirectory;
import org.pawprints.administration.application.PeopleDirectory.Filter;
import org.pawprints.administration.application.PeopleDirectory.SortBy;
import org.pawprints.cohort.application.EnrollmentImport;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;

/**
 * Not a test: the benchmark behind docs/performance.md. Seeds 10,000 people in 500 cohorts and
 * times the people list's queries and a 5,000-row CSV preview inside the server. Run with:
 *
 * <pre>
 * ./mvnw -B -o verify -Dit.test=CohortsBenchmarkIT -Dpawprints.skipBenchmarks=nothing -Dspotbugs.skip
 * </pre>
 *
 * The figures go to the server's console and to benchmark-cohorts.md in the temporary directory.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class CohortsBenchmarkIT {

  private static final int PEOPLE = 10_000;
  private static final int COHORTS = 500;
  private static final int RUNS = 25;

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(CohortsBenchmarkIT.class, ActingAs.class);
  }

  @Resource(lookup = "java:app/jdbc/pawprints")
  DataSource data;

  @Inject PeopleDirectory directory;
  @Inject EnrollmentImport enrollment;

  @Test
  void peopleListAndCsvPreview() throws Exception {
    long base = 7_000_000;
    long seedStart = System.nanoTime();
    seed(base);
    long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
    ActingAs.person(base, Role.ADMIN);

    List<String> lines = new ArrayList<>();
    lines.add("Seeded " + PEOPLE + " people in " + COHORTS + " cohorts in " + seedMillis + " ms.");
    lines.add("");
    lines.add("| query (page of 25, with its count) | median ms | p95 ms |");
    lines.add("|---|---|---|");
    long cohort = base + 250;
    lines.add(time("first page, by name", () -> page(Filter.ALL, SortBy.NAME, false, 0)));
    lines.add(
        time("page 200 (offset 4,975), by name", () -> page(Filter.ALL, SortBy.NAME, false, 4975)));
    lines.add(time("by email, descending", () -> page(Filter.ALL, SortBy.EMAIL, true, 0)));
    lines.add(time("by last sign-in", () -> page(Filter.ALL, SortBy.LAST_SIGN_IN, true, 0)));
    lines.add(
        time(
            "name or email contains \"person 12\"",
            () -> page(new Filter("person 12", null, null, null), SortBy.NAME, false, 0)));
    lines.add(
        time(
            "role FACILITATOR",
            () -> page(new Filter(null, Role.FACILITATOR, null, null), SortBy.NAME, false, 0)));
    lines.add(
        time(
            "one cohort", () -> page(new Filter(null, null, cohort, null), SortBy.NAME, false, 0)));
    lines.add(
        time(
            "paused only", () -> page(new Filter(null, null, null, false), SortBy.NAME, false, 0)));
    lines.add(
        time(
            "everything at once",
            () ->
                page(
                    new Filter("person", Role.PARTICIPANT, cohort, true), SortBy.EMAIL, false, 0)));

    StringBuilder csv = new StringBuilder("email,name,language,partner_email\n");
    for (int i = 0; i < 5000; i += 2) {
      csv.append(
          String.format(
              Locale.ROOT, "csv%d@bench.test,Person %d,fr,csv%d@bench.test%n", i, i, i + 1));
      csv.append(
          String.format(
              Locale.ROOT, "csv%d@bench.test,Person %d,en,csv%d@bench.test%n", i + 1, i + 1, i));
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    long emptyCohort = base + COHORTS;
    lines.add("");
    lines.add("| CSV preview | median ms | p95 ms |");
    lines.add("|---|---|---|");
    lines.add(
        time(
            "5,000 rows, 2,500 pre-paired couples",
            () -> enrollment.preview(emptyCohort, bytes).rows().size()));

    String report = String.join("\n", lines);
    System.out.println(report);
    Files.writeString(
        Path.of(System.getProperty("java.io.tmpdir"), "benchmark-cohorts.md"), report);
  }

  private int page(Filter filter, SortBy sort, boolean descending, int first) {
    List<Person> people = directory.search(filter, sort, descending, first, 25);
    directory.count(filter);
    directory.cohortNames(people.stream().map(Person::getId).toList());
    return people.size();
  }

  private static String time(String what, Supplier<Integer> action) {
    for (int i = 0; i < 5; i++) {
      action.get();
    }
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      action.get();
      micros.add((System.nanoTime() - start) / 1000);
    }
    Collections.sort(micros);
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f |",
        what,
        micros.get(RUNS / 2) / 1000.0,
        micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0);
  }

  /**
   * People, roles, 500 cohorts of 20 participants each (one facilitator each), in batches. The test
   * database outlives a run, so an earlier run's rows go first.
   */
  private void seed(long base) {
    try {
      insert(base);
    } catch (SQLException e) {
      // Only the message: a chain of batch exceptions is too deep to send back to the test runner.
      throw new IllegalStateException("Seeding failed: " + e.getMessage());
    }
  }

  private void insert(long base) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = data.getConnection()) {
      c.setAutoCommit(false);
      for (String table :
          List.of("cohort_member", "cohort_facilitator", "person_role", "person", "cohort")) {
        String column =
            table.equals("person") || table.equals("cohort")
                ? "id"
                : table.equals("person_role") ? "person_id" : "cohort_id";
        try (PreparedStatement delete =
            c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " BETWEEN ? AND ?")) {
          delete.setLong(1, base);
          delete.setLong(2, base + PEOPLE);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement person =
              c.prepareStatement(
                  "INSERT INTO person (id, email, email_key, display_name, language, active,"
                      + " created_at, last_login_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement role =
              c.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
        for (int i = 0; i < PEOPLE; i++) {
          long id = base + i;
          String email = "person" + i + "@bench.test";
          person.setLong(1, id);
          person.setString(2, email);
          person.setString(3, email);
          person.setString(4, "Person " + i);
          person.setString(5, i % 3 == 0 ? "FR" : "EN");
          person.setBoolean(6, i % 50 != 0);
          person.setTimestamp(7, now);
          person.setTimestamp(
              8, i % 4 == 0 ? null : Timestamp.from(Instant.now().minusSeconds(i * 60L)));
          person.addBatch();
          role.setLong(1, id);
          role.setString(2, i == 0 ? "ADMIN" : i % 20 == 1 ? "FACILITATOR" : "PARTICIPANT");
          role.addBatch();
          if (i % 1000 == 999) {
            person.executeBatch();
            role.executeBatch();
          }
        }
        person.executeBatch();
        role.executeBatch();
      }
      try (PreparedStatement cohort =
              c.prepareStatement(
                  "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
                      + " created_at) VALUES (?, ?, 'America/Toronto', 'EN', 10, 'SELF_PACED', ?, ?)");
          PreparedStatement member =
              c.prepareStatement(
                  "INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES (?, ?, ?)");
          PreparedStatement facilitator =
              c.prepareStatement(
                  "INSERT INTO cohort_facilitator (cohort_id, person_id) VALUES (?, ?)")) {
        for (int k = 0; k <= COHORTS; k++) {
          long id = base + k;
          cohort.setLong(1, id);
          cohort.setString(2, "Bench cohort " + k);
          cohort.setBoolean(3, k % 10 == 9);
          cohort.setTimestamp(4, now);
          cohort.addBatch();
        }
        cohort.executeBatch();
        for (int i = 1; i < PEOPLE; i++) {
          long cohortId = base + (i % COHORTS);
          if (i % 20 == 1) {
            facilitator.setLong(1, cohortId);
            facilitator.setLong(2, base + i);
            facilitator.addBatch();
          } else {
            member.setLong(1, cohortId);
            member.setLong(2, base + i);
            member.setTimestamp(3, now);
            member.addBatch();
          }
        }
        member.executeBatch();
        facilitator.executeBatch();
      }
      c.commit();
    }
  }
}
