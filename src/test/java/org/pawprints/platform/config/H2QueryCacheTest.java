package org.pawprints.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class H2QueryCacheTest {

  @Test
  void anH2ConnectionKeepsTwoHundredAndFiftySixParsedStatements() throws Exception {
    String url = H2QueryCache.withQueryCache("jdbc:h2:mem:querycache");
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement();
        ResultSet size =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
      size.next();
      assertEquals("256", size.getString(1), "H2's own default keeps 8");
    }
  }

  @Test
  void anOperatorsOwnSizeIsKept() {
    assertEquals(
        "jdbc:h2:file:/d/p;query_cache_size=16",
        H2QueryCache.withQueryCache("jdbc:h2:file:/d/p;query_cache_size=16"));
  }

  @Test
  void otherDatabasesAreLeftAlone() {
    assertEquals(
        "jdbc:postgresql://db/pawprints",
        H2QueryCache.withQueryCache("jdbc:postgresql://db/pawprints"));
  }
}
