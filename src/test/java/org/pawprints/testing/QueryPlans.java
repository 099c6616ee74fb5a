package org.pawprints.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * How many rows a statement reads, asked of a real H2 (the migrations applied, in memory) holding
 * one large cohort: {@value #COUPLES} couples, each partner also a member of an earlier cohort. A
 * read that a page view or a live refresh runs for one person must look that person up, not read
 * the cohort: every phone of a room refreshes at once, so a statement that reads a whole cohort
 * costs the room's size squared.
 */
public final class QueryPlans {

  /** Couples in the large cohort. */
  public static final int COUPLES = 40;

  /** The large cohort. */
  public static final long COHORT = 2;

  /** The first partner of the large cohort's middle couple. */
  public static final long SOMEONE = 1_000 + COUPLES;

  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
  private static JdbcDataSource database;

  private QueryPlans() {}

  /**
   * The most rows any one table access of {@code sql} reads (H2's {@code EXPLAIN ANALYZE} scan
   * counts, which include the one read past the last match), with {@code ?1}, {@code ?2}... set to
   * {@code parameters}.
   */
  public static int mostRowsRead(String sql, Object... parameters) throws SQLException {
    try (Connection c = database().getConnection();
        PreparedStatement explain = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        explain.setObject(i + 1, parameters[i]);
      }
      try (ResultSet plan = explain.executeQuery()) {
        plan.next();
        Matcher counts = SCAN_COUNT.matcher(plan.getString(1));
        int most = 0;
        while (counts.find()) {
          most = Math.max(most, Integer.parseInt(counts.group(1)));
        }
        return most;
      }
    }
  }

  private static synchronized JdbcDataSource database() throws SQLException {
    if (database == null) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      Flyway.configure().dataSource(h2).load().migrate();
      seed(h2);
      database = h2;
    }
    return database;
  }

  private static void seed(JdbcDataSource h2) throws SQLException {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      for (long cohort = 1; cohort <= COHORT; cohort++) {
        s.execute(
            "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
                + " created_at) VALUES ("
                + cohort
                + ", 'Cohort "
                + cohort
                + "', 'America/Toronto', 'EN', 1000, 'SELF_PACED', FALSE, CURRENT_TIMESTAMP)");
      }
      for (long person = 1_000; person < 1_000 + 2 * COUPLES; person++) {
        s.execute(
            "INSERT INTO person (id, email, email_key, display_name, language, password_hash,"
                + " active, created_at) VALUES ("
                + person
                + ", 'p"
                + person
                + "@pawprints.test', 'p"
                + person
                + "@pawprints.test', 'P', 'EN', 'x', TRUE, CURRENT_TIMESTAMP)");
        for (long cohort = 1; cohort <= COHORT; cohort++) {
          s.execute(
              "INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES ("
                  + cohort
                  + ", "
                  + person
                  + ", CURRENT_TIMESTAMP + INTERVAL '"
                  + cohort
                  + "' MINUTE)");
        }
      }
      for (long cohort = 1; cohort <= COHORT; cohort++) {
        for (long n = 0; n < COUPLES; n++) {
          s.execute(
              "INSERT INTO couple (id, cohort_id, person_a, person_b, created_at) VALUES ("
                  + (cohort * 10_000 + n)
                  + ", "
                  + cohort
                  + ", "
                  + (1_000 + 2 * n)
                  + ", "
                  + (1_001 + 2 * n)
                  + ", CURRENT_TIMESTAMP)");
        }
      }
      s.execute("ANALYZE");
    }
  }
}
