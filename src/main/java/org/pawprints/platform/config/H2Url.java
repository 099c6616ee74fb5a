package org.pawprints.platform.config;

import java.util.Locale;

/** Adds a setting to an H2 URL that does not name it; other databases' URLs pass unchanged. */
final class H2Url {

  private H2Url() {}

  /** The URL with {@code ;NAME=value} when it opens H2 and does not set {@code name} itself. */
  static String withDefault(String url, String name, Object value) {
    if (!url.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:") || sets(url, name)) {
      return url;
    }
    return url + ";" + name.toUpperCase(Locale.ROOT) + "=" + value;
  }

  /** Whether the URL sets {@code name} itself, in any letter case. */
  static boolean sets(String url, String name) {
    return url.toUpperCase(Locale.ROOT).contains(";" + name.toUpperCase(Locale.ROOT) + "=");
  }
}
