package org.pawprints.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The settings Pawprints adds to an H2 URL, read back from a real H2 connection. */
class H2UrlTest {

  @Test
  void anH2ConnectionWaitsTenSecondsForARowLock() throws Exception {
    assertEquals(
        "10000",
        valueOn(H2LockWait.withLockTimeout("jdbc:h2:mem:lockwait"), "SELECT LOCK_TIMEOUT()"),
        "H2's own default gives up after 2 s");
  }

  @Test
  void anH2ConnectionKeepsTwoHundredAndFiftySixParsedStatements() throws Exception {
    assertEquals(
        "256",
        valueOn(
            H2QueryCache.withQueryCache("jdbc:h2:mem:querycache"),
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'"),
        "H2's own default keeps 8");
  }

  @Test
  void aSettingIsAddedToAnH2UrlThatLacksIt() {
    assertEquals("jdbc:h2:mem:x;LOCK_TIMEOUT=10000", H2LockWait.withLockTimeout("jdbc:h2:mem:x"));
    assertEquals(
        "jdbc:h2:mem:x;QUERY_CACHE_SIZE=256", H2QueryCache.withQueryCache("jdbc:h2:mem:x"));
  }

  @Test
  void anOperatorsOwnSettingIsKeptWhateverItsCase() {
    assertEquals(
        "jdbc:h2:file:/d/p;lock_timeout=500",
        H2LockWait.withLockTimeout("jdbc:h2:file:/d/p;lock_timeout=500"));
    assertEquals(
        "jdbc:h2:file:/d/p;query_cache_size=16",
        H2QueryCache.withQueryCache("jdbc:h2:file:/d/p;query_cache_size=16"));
  }

  @Test
  void otherDatabasesAreLeftAlone() {
    String postgres = "jdbc:postgresql://db/pawprints";
    assertEquals(postgres, H2LockWait.withLockTimeout(postgres));
    assertEquals(postgres, H2QueryCache.withQueryCache(postgres));
  }

  private static String valueOn(String url, String query) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet value = statement.executeQuery(query)) {
      value.next();
      return value.getString(1);
    }
  }
}
