package org.pawprints.platform.web;

import java.util.regex.Pattern;

/**
 * Keeps "return to" addresses inside Pawprints, so that no link can bounce a visitor to another
 * site (an open redirect).
 */
public final class LocalReturnPath {

  private static final Pattern SAFE =
      Pattern.compile("/[A-Za-z0-9\\-._~/]*(\\?[A-Za-z0-9\\-._~=&%+]*)?");
  private static final int MAX_LENGTH = 512;

  private LocalReturnPath() {}

  /** The path itself when it is a plain local path, otherwise the landing page {@code /}. */
  public static String sanitize(String path) {
    if (path == null
        || path.length() > MAX_LENGTH
        || path.startsWith("//")
        || !SAFE.matcher(path).matches()) {
      return "/";
    }
    return path;
  }
}
