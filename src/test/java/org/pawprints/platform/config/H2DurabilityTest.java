package org.pawprints.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class H2DurabilityTest {

  @Test
  void anEmbeddedFileDatabaseWritesEachCommitBeforeItReturns() {
    assertEquals(
        "jdbc:h2:file:/data/pawprints;REUSE_SPACE=FALSE;WRITE_DELAY=0",
        H2Durability.withWriteDelay("jdbc:h2:file:/data/pawprints", 0));
    assertEquals(
        "jdbc:h2:file:/data/pawprints;AUTO_SERVER=TRUE;REUSE_SPACE=FALSE;WRITE_DELAY=0",
        H2Durability.withWriteDelay("jdbc:h2:file:/data/pawprints;AUTO_SERVER=TRUE", 0));
  }

  @Test
  void anOperatorsOwnWriteDelayIsKept() {
    assertEquals(
        "jdbc:h2:file:/d/p;write_delay=500",
        H2Durability.withWriteDelay("jdbc:h2:file:/d/p;write_delay=500", 0));
    assertEquals(
        "jdbc:h2:file:/d/p;WRITE_DELAY=500", H2Durability.withWriteDelay("jdbc:h2:file:/d/p", 500));
  }

  @Test
  void otherDatabasesAreLeftAlone() {
    assertEquals(
        "jdbc:postgresql://db/pawprints",
        H2Durability.withWriteDelay("jdbc:postgresql://db/pawprints", 0));
    assertEquals("jdbc:h2:mem:test", H2Durability.withWriteDelay("jdbc:h2:mem:test", 0));
    assertEquals(
        "jdbc:h2:tcp://db/pawprints", H2Durability.withWriteDelay("jdbc:h2:tcp://db/pawprints", 0));
  }
}
