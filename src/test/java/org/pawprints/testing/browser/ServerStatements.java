package org.pawprints.testing.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements the test server's H2 database runs while an action happens, counted by H2's
 * own query statistics. They count the whole server, so a class using this runs alone
 * ({@code @Isolated}) and takes the least of a few tries (a background job may run meanwhile).
 */
public final class ServerStatements {

  private ServerStatements() {}

  /** What happens while the statements are counted (a page view, a refresh). */
  @FunctionalInterface
  public interface Action {
    void run() throws Exception;
  }

  /** The statements run during {@code action}, one entry per execution, each cut to 90 chars. */
  public static List<String> during(Visitors visitors, Action action) throws Exception {
    try (Connection db =
            DriverManager.getConnection(visitors.server().jdbcUrl(), "pawprints", "pawprints");
        Statement sql = db.createStatement()) {
      sql.execute("SET QUERY_STATISTICS FALSE");
      sql.execute("SET QUERY_STATISTICS TRUE");
      action.run();
      return executed(sql);
    }
  }

  private static List<String> executed(Statement sql) throws SQLException {
    List<String> ran = new ArrayList<>();
    try (ResultSet rows =
        sql.executeQuery(
            "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
      while (rows.next()) {
        String statement = rows.getString(1);
        String shortened = statement.length() > 90 ? statement.substring(0, 90) : statement;
        for (int n = 0; n < rows.getInt(2); n++) {
          ran.add(shortened);
        }
      }
    }
    return ran;
  }
}
