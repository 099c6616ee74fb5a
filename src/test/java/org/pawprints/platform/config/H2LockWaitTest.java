package org.pawprints.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class H2LockWaitTest {

  @Test
  void anH2ConnectionWaitsTenSecondsForARowLock() throws Exception {
    String url = H2LockWait.withLockTimeout("jdbc:h2:mem:lockwait");
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet timeout = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
      timeout.next();
      assertEquals(10_000, timeout.getInt(1), "H2's own default gives up after 2 s");
    }
  }

  @Test
  void anOperatorsOwnLockTimeoutIsKept() {
    assertEquals(
        "jdbc:h2:file:/d/p;lock_timeout=500",
        H2LockWait.withLockTimeout("jdbc:h2:file:/d/p;lock_timeout=500"));
  }

  @Test
  void otherDatabasesAreLeftAlone() {
    assertEquals(
        "jdbc:postgresql://db/pawprints",
        H2LockWait.withLockTimeout("jdbc:postgresql://db/pawprints"));
  }
}
