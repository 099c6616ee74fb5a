package org.pawprints.platform.web;

/**
 * Keeps "return to" addresses inside Pawprints, so that no link can bounce a visitor to another
 * site (an open redirect).
 */
public final class LocalReturnPath {

  private static final int MAX_LENGTH = 512;
  private static final String SAFE_PUNCTUATION = "-._~/?=&%+";

  private LocalReturnPath() {}

  /** The path itself when it is a plain local path, otherwise the landing page {@code /}. */
  public static String sanitize(String path) {
    if (path == null
        || path.length() > MAX_LENGTH
        || !path.startsWith("/")
        || path.startsWith("//")
        || path.indexOf('?') != path.lastIndexOf('?')
        || !path.chars().allMatch(LocalReturnPath::isSafe)) {
      return "/";
    }
    return path;
  }

  private static boolean isSafe(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || SAFE_PUNCTUATION.indexOf(c) >= 0;
  }
}
