package org.pawprints.platform.config;

import java.util.Locale;

/**
 * Makes an embedded H2 database keep each commit through a killed process. H2's file store
 * (MVStore) otherwise writes committed changes in the background, up to WRITE_DELAY (500 ms by
 * default) later; and when it reuses free space inside the file, the chunks written since the last
 * file header are not found again after a crash: a killed server came back without 15 seconds of
 * acknowledged answers and audit rows. {@code WRITE_DELAY=0} writes each commit before it returns,
 * {@code REUSE_SPACE=FALSE} appends it where recovery finds it. Both were verified by killing the
 * server right after acknowledged saves (DurabilityIT). The file then grows while the server runs
 * and is compacted when it stops.
 */
final class H2Durability {

  private H2Durability() {}

  /**
   * The URL with {@code ;WRITE_DELAY=millis} when it opens an embedded H2 file that does not set it
   * itself. A server (tcp, ssl) database is configured where it runs.
   */
  static String withWriteDelay(String url, int millis) {
    String upper = url.toUpperCase(Locale.ROOT);
    boolean embedded =
        upper.startsWith("JDBC:H2:")
            && !upper.startsWith("JDBC:H2:MEM:")
            && !upper.startsWith("JDBC:H2:TCP:")
            && !upper.startsWith("JDBC:H2:SSL:");
    if (!embedded || H2Url.sets(url, "WRITE_DELAY")) {
      return url;
    }
    String durable = millis <= 0 ? H2Url.withDefault(url, "REUSE_SPACE", "FALSE") : url;
    return H2Url.withDefault(durable, "WRITE_DELAY", Math.max(0, millis));
  }
}
