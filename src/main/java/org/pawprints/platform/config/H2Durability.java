package org.pawprints.platform.config;

import java.util.Locale;

/**
 * Makes an embedded H2 database write each commit to its file before the commit returns. H2's file
 * store (MVStore) otherwise writes committed changes in the background, up to WRITE_DELAY (500 ms
 * by default, longer under load) later: a killed server came back without answers it had
 * acknowledged. {@code WRITE_DELAY=0} was verified by killing the process right after commits.
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
    if (!embedded || upper.contains(";WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=" + Math.max(0, millis);
  }
}
