package org.pawprints.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on a real (in-memory) H2, outside the server, in milliseconds. */
class MigrationsTest {

  private final JdbcDataSource h2 = new JdbcDataSource();

  MigrationsTest() {
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void createSevenStepsWithBothLanguages() throws SQLException {
    Flyway.configure().dataSource(h2).load().migrate();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT position), MIN(position), MAX(position)"
                    + " FROM step WHERE title_fr <> '' AND summary_fr <> ''"
                    + " AND title_en <> '' AND summary_en <> ''")) {
      r.next();
      assertEquals(7, r.getInt(1));
      assertEquals(7, r.getInt(2));
      assertEquals(1, r.getInt(3));
      assertEquals(7, r.getInt(4));
    }
  }

  @Test
  void runningTwiceChangesNothing() {
    Flyway.configure().dataSource(h2).load().migrate();
    assertEquals(0, Flyway.configure().dataSource(h2).load().migrate().migrationsExecuted);
  }

  @Test
  void dataSourcePicksTheDriverFromTheUrl() throws SQLException {
    assertTrue(PawprintsDataSource.driverFor("jdbc:h2:mem:x") instanceof org.h2.Driver);
    assertTrue(
        PawprintsDataSource.driverFor("jdbc:postgresql://db/pawprints")
            instanceof org.postgresql.Driver);
    assertThrows(SQLException.class, () -> PawprintsDataSource.driverFor("jdbc:mysql://db/x"));
  }
}
