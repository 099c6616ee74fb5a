package org.pawprints.platform.config;

import java.util.Locale;

/** Adds a setting to an H2 URL that does not name it; other databases' URLs pass unchanged. */
final class H2Url {

  private H2Url() {}

  /** The URL with {@code ;NAME=value} when it opens H2 and does not set {@code name} itself. */
  static String withDefault(String url, String name, int value) {
    String upper = url.toUpperCase(Locale.ROOT);
    String setting = ";" + name.toUpperCase(Locale.ROOT) + "=";
    if (!upper.startsWith("JDBC:H2:") || upper.contains(setting)) {
      return url;
    }
    return url + setting + value;
  }
}
